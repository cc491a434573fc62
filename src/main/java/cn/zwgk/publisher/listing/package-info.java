/**
 * The site's navigation built once from the validated reports: townships, years, the township ×
 * year grid with late publications marked, and each report's neighbours. Sorted once (O(n log n)),
 * so no page has to scan all reports again.
 */
package cn.zwgk.publisher.listing;
