package extract

// The words of a stance toward another set beside a name, as an aside or after a verb
// of a state kept, and of a fate set before a post.

import (
	"slices"
	"strings"
)

// bearings are the adjectives of a stance toward another that open an aside before "to" or
// "with": "the RFC, close to Khartoum, attacked Abéché".
var bearings = map[string]bool{"close": true, "closer": true, "loyal": true, "hostile": true, "friendly": true, "sympathetic": true,
	"faithful": true, "answerable": true, "subordinate": true, "beholden": true}

// staying are the verbs of a state kept or come to, which a participle of a stance may
// follow as an adjective: "the RFC remained loyal to Sudan".
var staying = map[string]bool{"remained": true, "remains": true, "remain": true, "stayed": true, "stays": true, "stay": true,
	"became": true, "becomes": true, "become": true, "seemed": true, "seems": true, "appeared": true, "appears": true, "proved": true}

// fates are the participles of what befell one, set between an organization's
// possessive and the post it gives: "the PKK's imprisoned founder".
var fates = map[string]bool{"imprisoned": true, "jailed": true, "exiled": true, "detained": true, "ousted": true, "deposed": true,
	"slain": true, "murdered": true, "assassinated": true, "captured": true, "late": true, "fugitive": true, "wounded": true}

// secondTo reports whether the name at token first is the second object of a cue ending
// in "to" whose object opens at token at, after "and to": "opposed to any such
// Government and to the Mufti".
func secondTo(ts []token, at, first int) bool {
	k := first - 1
	if k > at && determiners[ts[k].word] {
		k--
	}
	return k-1 > at && first-at <= 8 && ts[k].word == "to" && ts[k-1].word == "and" &&
		!slices.ContainsFunc(ts[at:first+1], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") })
}
