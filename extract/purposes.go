package extract

// What follows a cue and changes what it states: a purpose after "to", a thing targeted,
// a ban on help, a decree signed alone.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// purposeAt reports whether the word at k, after a "to", is a verb of purpose rather than
// the receiver's noun: a lower-case word followed by a determiner or a name ("to smash the
// bases", "to crush UNITA"); not a region ("to northern Iraq", "to rebel-held Goma") nor
// a noun of people ("to rebels in the east"), nor a verb of help, whose object receives
// it ("sent thousands of men to rescue Assad").
func purposeAt(ts []token, k int) bool {
	if k+1 >= len(ts) || ts[k].upper || determiners[ts[k].word] || directions[ts[k].word] || strings.Contains(ts[k].word, "-") || helpInfinitives[ts[k].word] ||
		strings.ContainsAny(ts[k+1].pre, ",;:()") {
		return false
	}
	return determiners[ts[k+1].word] || ts[k+1].upper || ts[k+1].word == "between" // "sent envoys to mediate between"
}

// helpInfinitives are the verbs of help after "to" whose object is the one helped.
var helpInfinitives = map[string]bool{"help": true, "aid": true, "assist": true, "support": true, "back": true, "rescue": true, "save": true,
	"defend": true, "protect": true, "reinforce": true, "bolster": true, "shore": true, "prop": true, "relieve": true, "strengthen": true}

// helpedPurpose reports whether the one named after the cue c is the object of a purpose
// of help or cover after it: "the Turkish Brigade fought at Kunu-ri to cover the Eighth
// Army's withdrawal" fought beside the Eighth Army, not against it.
func helpedPurpose(ts []token, ms []mention, ri int, c cueSpan) bool {
	for k := c.end; k+1 < ms[ri].first; k++ {
		if ts[k].word == "to" && (helpInfinitives[ts[k+1].word] || coverInfinitives[ts[k+1].word]) {
			// The one helped right after the verb, or the possessor of what it covers:
			// "to cover the retreat of the Eighth Army".
			between := ts[k+2 : ms[ri].first]
			if n := len(between); n >= 1 && determiners[between[n-1].word] {
				between = between[:n-1]
			}
			if n := len(between); n >= 2 && n <= 3 && between[n-1].word == "of" && !between[n-2].upper {
				between = between[:n-2]
			}
			return ms[ri].first <= k+6 && !slices.ContainsFunc(between, func(t token) bool { return !determiners[t.word] && !t.upper || strings.ContainsAny(t.pre, ",;:()") })
		}
	}
	return false
}

// purposeObject reports whether the one named after a cue of one word is the object of a
// purpose right after it: "They had been hired to put Severo Moto in the presidential
// palace" (Moto was to be put there; he hired no one). Not a threat's: "threatening to set
// Lebanon's clock back" is against Lebanon.
func purposeObject(ts []token, ms []mention, ri int, c cueSpan) bool {
	k := c.end
	return (c.cue.kind == alliances.Support || c.cue.kind == alliances.Cooperation) && len(c.cue.words) == 1 && !helpStems(c.cue.words[0]) && k+1 < len(ts) && ts[k].word == "to" &&
		purposeAt(ts, k+1) && ms[ri].first > k+1 && ms[ri].first <= k+3
}

// helpStems reports whether a cue is a verb of helping, whose purpose after it names the
// one helped: "Moscow is helping to keep Assad's forces supplied".
func helpStems(w string) bool {
	return strings.HasPrefix(w, "help") || strings.HasPrefix(w, "assist") || strings.HasPrefix(w, "aid")
}

// coverInfinitives are the verbs of a fight's purpose that shield the one named after
// them: "to cover the Eighth Army's withdrawal".
var coverInfinitives = map[string]bool{"cover": true, "screen": true, "shield": true, "guard": true, "escort": true}

// targetedThings are the nouns "targeting" qualifies: "targeting files".
var targetedThings = map[string]bool{"files": true, "file": true, "data": true, "information": true, "intelligence": true, "lists": true,
	"list": true, "packages": true, "package": true, "coordinates": true, "details": true, "dossiers": true}

// bans are the nouns of a ban on help: "an embargo on deliveries of weapons to".
var bans = map[string]bool{"embargo": true, "embargoes": true, "ban": true, "bans": true, "moratorium": true, "prohibition": true}

// decreed reports whether the words at k are what one signs alone: "signed decrees
// recognising South Ossetia", "signed a law", "signed an executive order" (no deal with
// anyone the sentence names).
func decreed(ts []token, k int) bool {
	for j := k; j < len(ts) && j <= k+2; j++ {
		switch ts[j].word {
		case "decree", "decrees", "law", "laws", "order", "orders", "bill", "bills", "ukase", "edict", "edicts", "proclamation", "amnesty", "pardon", "pardons":
			return true
		case "a", "an", "the", "two", "executive", "presidential", "new":
			continue
		}
		return false
	}
	return false
}
