/**
 * What copying and converting leave in a text that is not the document: portal chrome (print and
 * font controls, view counters, switches, breadcrumbs, banners), conversion residue (Word
 * bookmarks, zero-width characters, converter banners, essay-site tails) and anonymisation
 * placeholders. Defined once, used by {@code importer} (which removes or reports it) and by {@code
 * check} (which finds it in built pages). Depends on nothing of ours.
 */
package cn.zwgk.publisher.residue;
