package extract

import "regexp"

// A log's entries open with the hour in four digits ("(N) 2000 The Soviet Consul came off
// in the last boat", "0640 Heavy gunfire ashore"): no year, though "2000" and "1900" read
// as one. The times of such a text are masked where the reader looks for dates.

// clockRE matches a time that opens an entry: at a line's start, after a log's mark of
// one capital in brackets ("(N) ", "(D) ") or after a sentence's end, hours 00 to 23 and
// minutes 00 to 59, then a capital, a bracket or the zone's letter.
var clockRE = regexp.MustCompile(`(?m)(?:^|[.!?]["”’)]? +)(?:\([A-Z]\) +)?(([01][0-9]|2[0-3])[0-5][0-9])(?:Z?\b)(?: +[A-Z(]|$)`)

// clockTimes returns where the times that open a log's entries start in text: none where
// fewer than three open entries or every one could be a year ("1950 North Korea invades",
// a timeline's), that is, where none is such as "0730" or "1015".
func clockTimes(text string) []int {
	var out []int
	log := false
	for _, m := range clockRE.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, m[2])
		log = log || !yearAt(text, m[2])
	}
	if !log || len(out) < 3 {
		return nil
	}
	return out
}

// timed returns the text from byte from to byte to with the times that open a log's
// entries written "0000", no year, for the reading of dates: the same length, so that
// what is found there is where it is in the text.
func (d *Document) timed(from, to int) string {
	text := d.Text[from:to]
	if len(d.clocks) == 0 {
		return text
	}
	var b []byte
	for _, c := range d.clocks {
		if c >= from && c+4 <= to && yearAt(text, c-from) {
			if b == nil {
				b = []byte(text)
			}
			copy(b[c-from:], "0000")
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}
