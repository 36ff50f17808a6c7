package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// noCitations returns text with the years of its citations in parentheses put out of the
// reach of the years' patterns, every offset kept: "(Schmidt, 1964)", "(cf. Ghareeb,
// 1981; Jawad, 1981)", "(McDowall 1996: 320)" cite a work, and date no claim; so do the
// numbers of resolutions ("resolution 1973").
func noCitations(text string) string {
	var b []byte
	if strings.Contains(text, "esolution") {
		for k := 1; k+4 <= len(text); k++ {
			if yearAt(text, k) && !wordByte(text[k-1]) && resolutionNumber(text, k) {
				if b == nil {
					b = []byte(text)
				}
				copy(b[k:], "xxxx")
			}
		}
	}
	if strings.IndexByte(text, '(') < 0 {
		if b == nil {
			return text
		}
		return string(b)
	}
	for i := 0; i < len(text); i++ {
		if text[i] != '(' {
			continue
		}
		end := strings.IndexAny(text[i+1:], "()")
		if end < 0 || text[i+1+end] != ')' {
			continue
		}
		inner := text[i+1 : i+1+end]
		if !citation(inner) && !(yearsOnly(inner) && citedAuthor(text[max(0, i-80):i], i <= 80)) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for k := i + 1; k+4 <= i+1+end; k++ {
			if yearAt(text, k) && !wordByte(text[k-1]) {
				copy(b[k:], "xxxx") // "1964", "1980a"
			}
		}
		i += end
	}
	if b == nil {
		return text
	}
	return string(b)
}

// citation reports whether the words inside a parenthesis cite works, each an author's
// name and a year, separated by semicolons: "Schmidt, 1964", "cf. Ghareeb, 1981",
// "Jawad 1981: 45", "Sluglett and Sluglett, 1987", "Vanly et al., 1980a".
func citation(inner string) bool {
	for part := range strings.SplitSeq(inner, ";") {
		part = strings.TrimSpace(part)
		for _, p := range []string{"cf. ", "see ", "see also ", "e.g. "} {
			part = strings.TrimPrefix(part, p)
		}
		// The year, after the name, and what may follow it: a letter, pages.
		y := -1
		for k := 0; k+4 <= len(part); k++ {
			if yearEnd(part, k) >= 0 || yearAt(part, k) && k+4 < len(part) && part[k+4] >= 'a' && part[k+4] <= 'c' {
				y = k
				break
			}
		}
		if y < 2 {
			return false
		}
		rest := strings.TrimLeft(part[y+4:], "abc")
		rest = strings.TrimLeft(rest, ":, p.0123456789-–")
		if rest != "" {
			return false
		}
		name := strings.TrimRight(part[:y], ", ")
		words := strings.Fields(name)
		if len(words) == 0 || len(words) > 5 {
			return false
		}
		first, _ := utf8.DecodeRuneInString(name)
		if !unicode.IsUpper(first) {
			return false
		}
		for _, w := range words {
			for lw := range strings.FieldsFuncSeq(strings.ToLower(w), func(r rune) bool { return r == '-' || r == '–' }) {
				if _, season := seasons[lw]; season || slices.Contains(monthNames, lw) {
					return false // "(June 1964)", "(Spring 1970)", "(February-June 1982)": a time
				}
			}
			if w != "and" && w != "&" && w != "et" && w != "al." {
				if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
					return false
				}
			}
		}
	}
	return true
}

// yearsOnly reports whether the words inside a parenthesis are a work's year alone, with
// its letter and pages: "1998", "1998a", "2005: 41".
func yearsOnly(inner string) bool {
	inner = strings.TrimSpace(inner)
	if len(inner) < 4 || !yearAt(inner, 0) {
		return false
	}
	rest := strings.TrimLeft(inner[4:], "abc")
	return strings.TrimLeft(rest, ":, p.0123456789-–") == ""
}

// citedAuthor reports whether the text before a year in parentheses (its last words, whole
// where the text starts there) ends on an author's name as a narrative citation gives it:
// a capitalized surname alone after the sentence's start, a lowercase word or a comma
// ("Ellis (1998) argues", "of whom Dunn (1983)"), two joined by "and" ("Nkosi and Pillay
// (2005)") or one with "et al.". Not a name of more
// words, which is a thing's ("Battle of Zabadani (2015)", "El Salado (2000)"), nor one
// after "of", "in" or "the" ("influence in Syria (2020)").
func citedAuthor(before string, whole bool) bool {
	words := strings.Fields(before)
	if !whole && len(words) > 0 {
		words = words[1:] // the window's first word may be cut
	}
	n := len(words)
	if n > 0 && words[n-1] == "al." && n >= 3 && words[n-2] == "et" {
		words, n = words[:n-2], n-2
	}
	// "Osborne, R. (1985)", "Saltford, J. (2003)": a reading list's author, surname and
	// initials.
	if k := n - 1; k >= 1 && initials(words[k]) && strings.HasSuffix(words[k-1], ",") {
		return unicode.IsUpper([]rune(words[k-1])[0])
	}
	surname := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && !strings.ContainsAny(w, ".,;:()") && strings.ToUpper(w) != w
	}
	if n == 0 || !surname(words[n-1]) {
		return false
	}
	k := n - 2
	if k >= 1 && (words[k] == "and" || words[k] == "&") && surname(strings.TrimSuffix(words[k-1], ",")) {
		k -= 2
	}
	if k < 0 {
		return true
	}
	prev := words[k]
	if strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, ";") {
		return true
	}
	if citingOpeners[prev] {
		return true // "As Ellis (1998) argues"
	}
	r, _ := utf8.DecodeRuneInString(prev)
	return !unicode.IsUpper(r) && prev != "of" && prev != "in" && prev != "the" && prev != "and" && prev != "at" && prev != "on" && prev != "from"
}

// citingOpeners are the words that open a sentence before an author cited: "As Ellis
// (1998) argues", "Unlike Taylor (1991)".
var citingOpeners = map[string]bool{"As": true, "Like": true, "Unlike": true, "Following": true, "While": true, "Whereas": true, "But": true, "For": true}
