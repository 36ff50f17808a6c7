package extract

// Who suffered an act rather than did it: one killed in an attack on a camp, and the
// camp, are its victims, not each other's enemies; and the names "between" stands before.

import (
	"slices"
	"strings"
)

// sufferedBetween reports whether a passive with no agent stands between tokens i and j,
// telling what the name before it suffered: "a French soldier was killed and nine were
// injured in a mortar attack on ...".
func sufferedBetween(ts []token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		switch ts[k].word {
		case "was", "were", "been":
			if w := ts[k+1].word; strings.HasSuffix(w, "ed") && w != "attacked" || w == "shot" || w == "hit" || w == "slain" {
				return !slices.ContainsFunc(ts[k+2:j], func(t token) bool { return t.word == "by" })
			}
		}
	}
	return false
}

// betweenBefore reports whether "between" (and an article) stands right before token k.
func betweenBefore(ts []token, k int) bool {
	if k > 0 && determiners[ts[k-1].word] {
		k--
	}
	return k > 0 && ts[k-1].word == "between"
}

// targetBefore reports whether the name at token k is the target or the place of an act,
// after "on", "at" or "near" and the article before it ("an attack on the Barkhane camp").
func targetBefore(ts []token, k int) bool {
	if k > 0 && determiners[ts[k-1].word] {
		k--
	}
	return k > 0 && (ts[k-1].word == "on" || ts[k-1].word == "at" || ts[k-1].word == "near")
}
