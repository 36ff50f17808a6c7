package extract

import (
	"fmt"
	"strings"
)

// The ids of the actors the reader proposes.

// freeID returns base as the id of an actor the reader proposes, or base-2, base-3 ...
// where another actor, of this case or another, has it.
func (rd *Reader) freeID(base string) string {
	base = idBase(base)
	id := base
	for n := 2; rd.Taken[id] || rd.kinds[id] != ""; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// idBase makes a name's folded words a well-formed id (alliances.ValidID), which opens
// with a letter: "1st-southern-division" is "first-southern-division", "58th-army"
// "n58th-army"; a character no id holds goes.
func idBase(base string) string {
	var b strings.Builder
	for _, r := range base {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '-' || r == ' ':
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
		}
	}
	id := strings.TrimSuffix(b.String(), "-")
	if id == "" {
		return "actor"
	}
	if id[0] >= '0' && id[0] <= '9' {
		first, rest, _ := strings.Cut(id, "-")
		if w, ok := ordinalWords[first]; ok {
			return strings.TrimSuffix(w+"-"+rest, "-")
		}
		return "n" + id
	}
	return id
}

// ordinalWords spell the ordinals in figures that open units' names.
var ordinalWords = map[string]string{"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
	"6th": "sixth", "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth"}
