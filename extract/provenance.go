package extract

// Where weapons come from: a people's word before the arms one fought with, or before a
// maker's participle, names the maker or the giver, no party to the fight.

import (
	"slices"
	"strings"
)

// withTheirArms reports whether the name at token at is a people's word for the maker or
// giver of the weapons a fighter fought with: "Marcos fought that war with American rifles"
// (mindanao-1972's ¶8), the Americans no enemy.
func withTheirArms(ts []token, at int) bool {
	return at >= 1 && at+1 < len(ts) && ts[at-1].word == "with" && strings.TrimSpace(ts[at+1].pre) == "" && instruments[ts[at+1].word]
}

// instruments are the arms and means one fights with, no fighters of their own: not
// "clashed with Russian tanks", "fought with Syrian aircraft" (the enemy's).
var instruments = map[string]bool{"rifles": true, "rifle": true, "guns": true, "arms": true, "weapons": true, "weaponry": true,
	"ammunition": true, "money": true, "funds": true, "cash": true, "missiles": true, "rockets": true, "mortars": true,
	"supplies": true, "equipment": true, "aid": true, "support": true, "backing": true, "help": true}

// withoutMakers returns ms without the names joined by a hyphen to a maker's participle:
// "light Swedish-built aircraft ... have attacked Federal airfields" (biafra-1967's ¶23)
// tells where the aircraft were built, not that Sweden attacked (but "Turkish-backed",
// "Soviet-supplied": a backing, read as compounds; and "the Libyan-built airstrip at Ouadi
// Doum", no weapon, was Libya's own).
func withoutMakers(ts []token, ms []mention) []mention {
	return slices.DeleteFunc(slices.Clone(ms), func(m mention) bool {
		return m.first >= 0 && m.end < len(ts) && strings.TrimSpace(ts[m.end].pre) == "-" && makerParticiples[ts[m.end].word] &&
			m.end+1 < len(ts) && (weaponNouns[ts[m.end+1].word] || supplyNouns[ts[m.end+1].word] || shipNouns[ts[m.end+1].word])
	})
}

// makerParticiples are the participles of making a weapon.
var makerParticiples = map[string]bool{"built": true, "made": true, "designed": true, "manufactured": true, "produced": true}
