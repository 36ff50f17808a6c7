package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ordinalDayRE finds a day of the month told by its ordinal alone, after a preposition:
// "On the 25th", "until the 9th", "at dawn on the 4th"; the preposition, the day and the word after it.
var ordinalDayRE = regexp.MustCompile(`(?i)\b(on|by|until|till|from|to|before|after|since) the (\d{1,2})(?:st|nd|rd|th)\b(?:\s+(\w+))?`)

// ordinalNouns are the words after an ordinal that make it no day: "the 25th anniversary",
// "the 4th Armoured Division".
var ordinalNouns = map[string]bool{"century": true, "centuries": true, "anniversary": true, "floor": true, "day": true, "time": true,
	"round": true, "division": true, "brigade": true, "army": true, "corps": true, "regiment": true, "battalion": true, "infantry": true,
	"armoured": true, "armored": true, "cavalry": true, "fleet": true, "marine": true, "marines": true, "mechanized": true, "airborne": true,
	"mountain": true, "rifle": true, "guards": true, "parachute": true, "congress": true, "party": true, "plenum": true, "session": true,
	"parallel": true, "of": true, "and": true}

// ordinalDay reads a day told by its ordinal alone as a day of the month of the latest
// date the text gave with its month ("On 28 October ... On the 30th"), or of the month
// after where the day falls before that date's ("On 23 October ... on the 4th"); none
// where the text gave no month before.
func (rd *Reader) ordinalDay(text string) (string, string) {
	if len(rd.narrative) != 7 || !hasOrdinal(text) {
		return "", "" // (the pattern only where a number's ordinal stands: most sentences have none)
	}
	m := ordinalDayRE.FindStringSubmatchIndex(text)
	if m == nil || m[6] >= 0 && ordinalNouns[strings.ToLower(text[m[6]:m[7]])] {
		return "", ""
	}
	day, _ := strconv.Atoi(text[m[4]:m[5]])
	year, _ := strconv.Atoi(rd.narrative[:4])
	month, _ := strconv.Atoi(rd.narrative[5:])
	if day < 1 || day > 31 || year == 0 || month == 0 {
		return "", ""
	}
	cue := "time: " + text[m[0]:m[5]+2] + " (a day of the month of the text before, " + rd.narrative + ")"
	if b := rd.before.valid; len(b) >= 10 && b[:7] == rd.narrative {
		if d0, _ := strconv.Atoi(b[8:10]); day < d0 {
			if month++; month > 12 {
				month, year = 1, year+1
			}
			cue = "time: " + text[m[0]:m[5]+2] + " (a day of the month after the text's date before, " + b[:10] + ")"
		}
	}
	if time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Day() != day {
		return "", "" // "the 31st" of a month of thirty days: no such day
	}
	v := fmt.Sprintf("%04d-%02d-%02d~", year, month, day)
	switch strings.ToLower(text[m[2]:m[3]]) {
	case "until", "till", "to", "before": // "until the 9th": an end
		v = "/" + v
	case "from", "since": // "from the 4th": a start
		v += "/.."
	}
	return v, cue
}

// hasOrdinal reports whether text holds a digit followed by an ordinal's ending: "30th".
func hasOrdinal(text string) bool {
	for i := 1; i+1 < len(text); i++ {
		if c := text[i-1]; c >= '0' && c <= '9' {
			switch text[i : i+2] {
			case "th", "st", "nd", "rd", "TH", "ST", "ND", "RD":
				return true
			}
		}
	}
	return false
}
