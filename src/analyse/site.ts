/**
 * Which site a URL belongs to: its registrable domain ("eTLD+1"), the name its owner registered
 * under a public suffix — `www.lemonde.fr` and `amp.lemonde.fr` are one site, `lemonde.fr` and
 * `faux-journal.fr` are two, and so are `alice.github.io` and `eve.github.io`.
 *
 * Limits: no public-suffix-list package is used, so the suffixes of more than one label are the
 * table below, not the whole list. Under a suffix missing from it, two different owners look like
 * one site (`a.unlisted.xx` and `b.unlisted.xx` → `unlisted.xx`); wildcard and exception rules of
 * the list are not modelled. A site mistaken this way can at most lend its canonical URL to a
 * neighbour's page for display and claim ids: the store's identity of a page is always the URL it
 * was fetched from. IP addresses and single-label hosts (`localhost`) are their own site.
 */

/**
 * Public suffixes of two or more labels, by the region veille reads most (French-speaking
 * press first), then hosting platforms whose users each own a subdomain. Single-label suffixes
 * (`fr`, `com`, `be`…) need no entry: the last label is always a suffix.
 */
// prettier-ignore
const MULTI_LABEL_SUFFIXES: readonly string[] = [
  // France (AFNIC's second-level and sector domains)
  'asso.fr', 'com.fr', 'gouv.fr', 'nom.fr', 'prd.fr', 'tm.fr', 'avocat.fr', 'cci.fr', 'greta.fr',
  'huissier-justice.fr', 'medecin.fr', 'notaires.fr', 'pharmacien.fr', 'port.fr',
  'veterinaire.fr',
  // French overseas territories
  'asso.re', 'com.re', 'nom.re', 'asso.nc', 'com.pf', 'org.pf', 'edu.pf', 'asso.mc', 'tm.mc',
  // Canada's provinces (Québec first)
  'qc.ca', 'on.ca', 'nb.ca', 'ns.ca', 'bc.ca', 'ab.ca', 'mb.ca', 'sk.ca', 'nl.ca', 'pe.ca',
  'gc.ca',
  // French-speaking Africa and the Maghreb
  'com.sn', 'gouv.sn', 'org.sn', 'co.ci', 'com.ci', 'gouv.ci', 'presse.ci', 'or.ci', 'co.ma',
  'net.ma', 'org.ma', 'gov.ma', 'press.ma', 'ac.ma', 'com.tn', 'gov.tn', 'org.tn', 'net.tn',
  'info.tn', 'com.dz', 'org.dz', 'net.dz', 'gov.dz', 'asso.dz', 'co.cm', 'com.cm', 'gov.cm',
  'com.mg', 'org.mg', 'com.ht', 'gouv.ht', 'com.lb', 'org.lb', 'gov.lb',
  // United Kingdom
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'plc.uk', 'me.uk', 'net.uk', 'sch.uk', 'nhs.uk',
  'police.uk',
  // Elsewhere, the usual commercial and public second levels
  'com.au', 'net.au', 'org.au', 'gov.au', 'edu.au', 'co.nz', 'org.nz', 'govt.nz', 'co.jp',
  'ne.jp', 'or.jp', 'go.jp', 'ac.jp', 'co.kr', 'or.kr', 'com.br', 'gov.br', 'com.cn', 'gov.cn',
  'com.hk', 'com.tw', 'com.sg', 'com.my', 'co.in', 'gov.in', 'co.il', 'co.za', 'gov.za', 'com.mx',
  'gob.mx', 'com.ar', 'gob.ar', 'com.co', 'gov.co', 'com.pe', 'com.tr', 'gov.tr', 'com.ua',
  'com.pl', 'co.th', 'com.eg', 'com.sa', 'gov.sa', 'com.pt', 'gov.pt', 'gv.at', 'co.at', 'or.at',
  'eu.int',
  // Hosting platforms: each user's subdomain is a site of its own
  'github.io', 'gitlab.io', 'blogspot.com', 'blogspot.fr', 'wordpress.com', 'over-blog.com',
  'over-blog.fr', 'canalblog.com', 'hautetfort.com', 'substack.com', 'medium.com', 'tumblr.com',
  'netlify.app', 'vercel.app', 'pages.dev', 'herokuapp.com', 'web.app', 'firebaseapp.com',
  'azurewebsites.net', 'cloudfront.net', 'appspot.com', 'wixsite.com', 'webflow.io',
  'neocities.org', 'free.fr',
];
const SUFFIXES = new Set(MULTI_LABEL_SUFFIXES);

/** Dotted IPv4 or bracketed IPv6, as URL hosts write them. */
const IP_HOST = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/** The registrable domain of `host` (lower case, no trailing dot); see the module's limits. */
export function registrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (IP_HOST.test(name)) return name;
  const labels = name.split('.');
  // The longest listed suffix wins (`example.qc.ca` over `qc.ca` alone being a site).
  for (let i = 1; i < labels.length; i++) {
    if (SUFFIXES.has(labels.slice(i).join('.'))) return labels.slice(i - 1).join('.');
  }
  return labels.slice(-2).join('.');
}

/** The site of an http(s) URL; null for other schemes and unreadable URLs. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? registrableDomain(hostname) : null;
  } catch {
    return null;
  }
}
