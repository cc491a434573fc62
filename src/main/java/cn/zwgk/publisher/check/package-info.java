/**
 * The pre-publication gate: rules modelled on the national government-website inspection indicators
 * (国办秘函〔2019〕19号) run over a built site and the content it came from, so broken links, empty
 * columns, undated items, spam, hidden links, foreign scripts, personal data, editing residue and
 * impossible dates never go live; plus verification of a deployed copy against the build's
 * manifest. Plain Java: no JBake types.
 */
package cn.zwgk.publisher.check;
