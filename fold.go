package alliances

import (
	"strings"
	"unicode"
)

// Fold reduces a name to the form searches compare: lowercase, without diacritics, with
// apostrophes and quotation marks dropped and other punctuation turned into spaces, so
// that "Jami'at-i Islāmī", "Jamiat-i Islami" and "JAMIAT I ISLAMI" fold alike.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		r = unicode.ToLower(r)
		if base, ok := foldTable[r]; ok {
			r = base
		}
		switch {
		case unicode.Is(unicode.Mn, r), isQuote(r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

func isQuote(r rune) bool {
	return strings.ContainsRune("'`´ʼʻ‘’\"“”ʿʾ", r)
}

// foldTable maps the accented Latin letters met in transliterations to their base.
var foldTable = func() map[rune]rune {
	groups := map[rune]string{
		'a': "àáâãäåāăąǎ", 'c': "çćĉċč", 'd': "ďđḍ", 'e': "èéêëēĕėęěẹ", 'g': "ĝğġģ",
		'h': "ĥħḥ", 'i': "ìíîïĩīĭįıǐ", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňṇ",
		'o': "òóôõöøōŏőǒọ", 'r': "ŕŗřṛ", 's': "śŝşšṣ", 't': "ţťŧṭ", 'u': "ùúûüũūŭůűųǔ",
		'w': "ŵ", 'y': "ýÿŷ", 'z': "źżžẓ",
	}
	m := map[rune]rune{}
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// Matches reports whether the actor's id, name or one of its aliases contains the folded
// query.
func (a *Actor) Matches(query string) bool {
	q := Fold(query)
	if q == "" {
		return true
	}
	if strings.Contains(Fold(a.ID), q) || strings.Contains(Fold(a.Name), q) {
		return true
	}
	for _, al := range a.Aliases {
		if strings.Contains(Fold(al), q) {
			return true
		}
	}
	return false
}
