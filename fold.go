package alliances

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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

// ResolveActor finds the actor a user means by query: the actor with that id, else the
// one whose name or an alias folds (see Fold) to the same words, else the individual
// whose name ends in the one word given ("Hekmatyar"). A name shared by
// several actors is Invalid, listing them; a query that names none is NotFound, with
// suggestions.
func ResolveActor(query string, actors []Actor) (string, error) {
	for i := range actors {
		if actors[i].ID == query {
			return query, nil
		}
	}
	q := Fold(query)
	var hits []string
	for i := range actors {
		a := &actors[i]
		if Fold(a.Name) == q || Fold(a.ID) == q || slices.ContainsFunc(a.Aliases, func(al string) bool { return Fold(al) == q }) {
			hits = append(hits, a.ID)
		}
	}
	if len(hits) == 0 && len(q) >= 4 && !strings.Contains(q, " ") {
		// "Hekmatyar": the one individual whose name ends so.
		for i := range actors {
			if w := strings.Fields(Fold(actors[i].Name)); actors[i].Kind == "individual" && len(w) >= 2 && w[len(w)-1] == q {
				hits = append(hits, actors[i].ID)
			}
		}
	}
	// An actor merged into another is that actor: "Mali" names mali and mali-2 merged
	// into it once.
	root := func(id string) string {
		for range actors { // a merge chain, never longer than the actors
			i := slices.IndexFunc(actors, func(a Actor) bool { return a.ID == id })
			if i < 0 || actors[i].MergedInto == "" {
				return id
			}
			id = actors[i].MergedInto
		}
		return id
	}
	for i, h := range hits {
		hits[i] = root(h)
	}
	slices.Sort(hits)
	hits = slices.Compact(hits)
	switch len(hits) {
	case 1:
		return hits[0], nil
	case 0:
		return "", Errorf(NotFound, "", "no actor %q%s", query, suggestActor(query, actors))
	}
	return "", Errorf(Invalid, "", "%q names several actors (%s); give an id", query, strings.Join(hits, ", "))
}

// suggestActor proposes the actor an unknown name probably meant: the closest id, name,
// alias or word of a name, or the actors whose name or alias contains it.
func suggestActor(query string, actors []Actor) string {
	owners := map[string][]string{} // a candidate spelling -> the actors it names
	for _, a := range actors {
		spellings := []string{a.ID, Fold(a.Name)}
		for _, al := range a.Aliases {
			spellings = append(spellings, Fold(al))
		}
		for _, sp := range slices.Clone(spellings[1:]) {
			for w := range strings.FieldsSeq(sp) {
				if len(w) >= 4 {
					spellings = append(spellings, w)
				}
			}
		}
		for _, sp := range spellings {
			if !slices.Contains(owners[sp], a.ID) {
				owners[sp] = append(owners[sp], a.ID)
			}
		}
	}
	// "GNA": the actors whose names those are the initials of ("Government of National
	// Accord"), before the spelling closest to it ("LNA", another actor's alias).
	var hits []string
	if len(query) >= 2 && len(query) <= 8 && strings.ToUpper(query) == query {
		for _, a := range actors {
			if initials(a.Name) == query || slices.ContainsFunc(a.Aliases, func(al string) bool { return initials(al) == query }) {
				hits = append(hits, a.ID)
			}
		}
	}
	if len(hits) == 0 {
		hits = owners[Closest(Fold(query), sortedKeys(owners))]
	}
	if len(hits) == 0 {
		for i := range actors {
			if actors[i].Matches(query) {
				hits = append(hits, actors[i].ID)
			}
		}
	}
	slices.Sort(hits)
	switch {
	case len(hits) == 1:
		return fmt.Sprintf(", did you mean %q?", hits[0])
	case len(hits) > 0 && len(hits) <= 5:
		return ", did you mean one of " + strings.Join(hits, ", ") + "?"
	}
	return "; `alliances actors QUERY` searches names and aliases"
}

// initials are the capitals of a name's words, its small words left out: "GNA" of
// "Government of National Accord".
func initials(name string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(name) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "in", "al", "el":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}
