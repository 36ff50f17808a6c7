package extract

import (
	"regexp"
	"strings"
)

// The source of an online encyclopedia's article as its editors write it (wikitext):
// links, templates, references and comments are markup, not text. Read keeps the text they
// show, line for line, so that its paragraphs stay those of the source.

var (
	wikiLink       = regexp.MustCompile(`\[\[(?:[^\]|]*\|)?([^\]]*)\]\]`)
	wikiComment    = regexp.MustCompile(`(?s)<!--.*?-->`)
	wikiRef        = regexp.MustCompile(`(?s)<ref\b[^>/]*/>|<ref\b[^>]*>.*?</ref>`)
	wikiTag        = regexp.MustCompile(`</?(?:small|big|span|sup|sub|center|nowiki|br)\b[^>]*>`)
	wikiHeading    = regexp.MustCompile(`(?m)^(={2,6})\s*([^=\n]+?)\s*={2,6}\s*$`)
	wikiLangTempl  = regexp.MustCompile(`\{\{(?:lang|nowrap|nobr|flag|flagcountry|flagdeco)\|(?:[a-z-]+\|)?([^{}|]*)(?:\|[^{}]*)?\}\}`)
	wikiInlineTmpl = regexp.MustCompile(`\{\{[^{}\n]*\}\}`)
	wikiEmphasis   = regexp.MustCompile(`'{2,5}`)
	wikiNameTempl  = regexp.MustCompile(`(?i)\{\{(?:ill|interlanguage link|illm|ill2)\|([^{}|]*)(?:\|[^{}]*)?\}\}`)
	wikiBreak      = regexp.MustCompile(`<br\s*/?>`)
)

// looksWiki reports whether a text is an article's wikitext: it links with "[[...]]" and
// uses templates ("{{...}}") or the apostrophes of bold type.
func looksWiki(text string) bool {
	return strings.Count(text, "[[") >= 3 && strings.Contains(text, "]]") &&
		(strings.Contains(text, "{{") && strings.Contains(text, "}}") || strings.Contains(text, "'''"))
}

// wikiText keeps the text a wikitext shows: a link's label ("[[Rally for Congolese
// Democracy–Goma|RCD-Goma]]": RCD-Goma), no references, comments, flags or hatnotes, a
// heading as a Markdown heading; an infobox's lines stay parameters, one a line.
func wikiText(s string) string {
	s = wikiComment.ReplaceAllString(s, "")
	s = wikiRef.ReplaceAllString(s, "")
	s = wikiHeading.ReplaceAllString(s, "# $2")
	s = wikiLink.ReplaceAllString(s, "$1")
	s = wikiLangTempl.ReplaceAllString(s, "$1")
	s = wikiNameTempl.ReplaceAllString(s, "$1") // "{{Interlanguage link|Jules Mutebutsi|fr|...}}": the name
	for range 3 {                               // templates inside templates: "{{cite news |title={{lang|fr|...}}}}"
		s = wikiInlineTmpl.ReplaceAllString(s, "")
	}
	s = wikiBreak.ReplaceAllString(s, "; ") // "[[Joseph Kabila]]<br />Gen. [[Mbuza Mabe]]": two entries
	s = wikiTag.ReplaceAllString(s, " ")
	s = wikiEmphasis.ReplaceAllString(s, "")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(strings.Join(strings.Fields(l), " "), " ")
		if strings.TrimSpace(l) != "" && lines[i] == "" {
			lines[i] = " " // a line of markup alone stays a line, no blank one between paragraphs
		}
	}
	return strings.Join(lines, "\n")
}
