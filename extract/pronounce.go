package extract

// A script's guides to saying names, which are no part of its sentences.

import (
	"strings"
	"unicode"
)

// unspoken returns text with a script's guides to saying a name blanked, every offset
// kept: "Manuel Noriega's (nor-ee-AY-gah's) Panama Defense Forces" reads as the name's
// forces, "Ortega (or-TEH-gah) condemned" as his act.
func unspoken(text string) string {
	var b []byte
	for i := strings.IndexByte(text, '('); i >= 0 && i < len(text); {
		end := strings.IndexByte(text[i:], ')')
		if end < 0 || end > 48 {
			break
		}
		if inner := text[i+1 : i+end]; pronunciation(inner) {
			if b == nil {
				b = []byte(text)
			}
			for k := i; k <= i+end; k++ {
				b[k] = ' '
			}
		}
		next := strings.IndexByte(text[i+end:], '(')
		if next < 0 {
			break
		}
		i += end + next
	}
	if b == nil {
		return text
	}
	return string(b)
}

// pronunciation reports whether the words in brackets spell a name as said, by syllables
// joined with hyphens, the stressed one in capitals: "pah-KOH-rah", "moh-EE-sehs hee-ROHL-dee".
func pronunciation(inner string) bool {
	words := strings.Fields(inner)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	stressed := false
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		syllables := strings.Split(w, "-")
		if len(syllables) < 2 {
			return false
		}
		if prefixes[strings.ToLower(syllables[0])] {
			return false // "(ex-FAR)", "(pro-RPF)": a name with its prefix
		}
		lower := false
		for _, sy := range syllables {
			switch {
			case sy == "" || strings.IndexFunc(sy, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0:
				return false
			case strings.ToUpper(sy) == sy:
				stressed = true
			case strings.ToLower(sy) == sy:
				lower = true
			default:
				return false // "Al-Qaeda", "Jabhat al-Nusra": a name's parts, capitalized
			}
		}
		if !lower {
			return false // "(PDF-UNIT)": no syllables said
		}
	}
	return stressed
}

// prefixes are the words that open a name with a hyphen: "ex-FAR", "pro-RPF".
var prefixes = map[string]bool{"ex": true, "pro": true, "anti": true, "non": true, "pre": true, "post": true, "co": true,
	"neo": true, "sub": true, "pan": true, "para": true, "counter": true}

// charterCraft are the nouns after "charter" that make it a hired craft, not a text: "a UN
// charter plane" (mentions.go).
var charterCraft = map[string]bool{"plane": true, "planes": true, "flight": true, "flights": true, "aircraft": true, "jet": true,
	"jets": true, "airline": true, "company": true, "ship": true, "vessel": true}
