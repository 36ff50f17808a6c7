package extract

// The words that join a list's items or part them.

import "strings"

// dashIn reports whether the space between two words holds a dash: an em dash, or a
// hyphen or an en dash with a space beside it ("Riga - Berlin"); not the hyphen or en
// dash of a compound or a range ("Iran–Iraq").
func dashIn(pre string) bool {
	return strings.Contains(pre, "—") || strings.Contains(pre, " -") || strings.Contains(pre, "- ") || strings.Contains(pre, " –") || strings.Contains(pre, "– ")
}

// describedNouns are the nouns that describe a list's item before its name: "and a new
// outfit, the ENDLF".
var describedNouns = map[string]bool{"outfit": true, "group": true, "faction": true, "movement": true, "party": true, "militia": true,
	"force": true, "front": true, "organisation": true, "organization": true, "coalition": true, "body": true}

// deputyWords are the nouns of a man's second in command: "A and his deputy B".
var deputyWords = map[string]bool{"deputy": true, "lieutenant": true, "successor": true}

// timeAsides open the asides of time that may stand after "and" in a list: "and, for a
// time, the PSP", "and, later, Iran".
var timeAsides = map[string]bool{"for": true, "later": true, "at": true, "in": true, "until": true, "since": true, "briefly": true, "initially": true, "from": true, "after": true}

// exampleNouns are the plural nouns of actors a list's last item names before its
// examples: "and many countries including".
var exampleNouns = map[string]bool{"countries": true, "states": true, "governments": true, "nations": true}
