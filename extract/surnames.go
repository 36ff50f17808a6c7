package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// Names two actors share: a surname two people bear, a short form two bodies' names hold.

// choose returns, of actors sharing a short name, the one whose name's qualifiers the
// sentence holds ("Jami'at commanders ... in western Afghanistan"); of people, else, the
// one below; or none.
func (rd *Reader) choose(ids []string, ts []token) string {
	best, bestN, tie := "", 0, false
	for _, id := range ids {
		n := 0
		for _, q := range rd.qualifiers[id] {
			if slices.ContainsFunc(ts, func(t token) bool { return spelling(t.word) == q }) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = id, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if tie || best == "" {
		// "Nouri and Erdimi blamed each other", of the twin brothers Timan and Tom Erdimi:
		// of people, the head of state the list of rulers holds ("Assad" is Bashar, not
		// his brother Maher), else the one the text has named most often in full so far,
		// as a reader takes it.
		best, most, tie := "", 0, false
		for _, id := range ids {
			n := rd.named[id]
			if len(rd.rulerPosts(id)) > 0 {
				n += 1000
			}
			switch {
			case rd.kinds[id] != "individual":
			case n > most:
				best, most, tie = id, n, false
			case n == most:
				tie = true
			}
		}
		if tie {
			return ""
		}
		return best
	}
	return best
}

// shareDerived makes a surname that the reader gave one individual by the form of the name
// alone ("Asaad" of Riad al-Asaad) ambiguous where another individual known later holds it
// as a name of its own ("Assad", Bashar al-Assad's, the two spelt alike): the sentence's
// words choose, or no one is named. A case's heads keep theirs ("Islamic State" stays the
// Islamic State in Khorasan's in a report on Afghanistan).
func (rd *Reader) shareDerived(name, id string) {
	f := spelling(strings.TrimPrefix(alliances.Fold(name), "the "))
	for _, f := range []string{f, f + "s"} {
		if !rd.derived[f] || rd.names[f] == id {
			continue
		}
		if held := rd.names[f]; held != "@ambiguous" {
			rd.ambiguous[f] = []string{held}
		}
		rd.names[f] = "@ambiguous"
		if !slices.Contains(rd.ambiguous[f], id) {
			rd.ambiguous[f] = append(rd.ambiguous[f], id)
		}
	}
}

// oneMan reports whether two folded names of individuals that end alike are one man's:
// one ends the other ("siad barre" of "mohamed siad barre"), or they open alike ("bashar
// assad", "bashar al-assad").
func oneMan(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	return strings.HasSuffix(" "+a, " "+b) || strings.HasSuffix(" "+b, " "+a) || len(fa) > 0 && len(fb) > 0 && fa[0] == fb[0]
}
