package extract

import "strings"

// place reports whether the name at token i follows a word that makes it a place: "in
// Syria", "in eastern Syria".
func (rd *Reader) place(ts []token, i int) bool {
	// "Sankoh was detained in Nigeria": the state a man is detained in detains him, where
	// no agent after "by" says who did ("detained in Chad by Boko Haram").
	// So a body proscribed in one: "were proscribed in the United Kingdom".
	k := i - 1
	if k >= 0 && ts[k].word == "the" {
		k--
	}
	if k >= 2 && ts[k].word == "in" && detainedIn[ts[k-1].word] && beWords[ts[k-2].word] && ts[k-2].word != "been" && !agentAfter(ts, i) {
		return false
	}
	// "Habre went into exile in Nigeria", "took refuge in Iran": the state one's refuge is
	// in gives it.
	if i >= 2 && ts[i-1].word == "in" && (ts[i-2].word == "exile" || ts[i-2].word == "refuge") {
		return false
	}
	// "Siad Barre seized power in Mogadishu": the state where one took power is the one led.
	if i >= 3 && ts[i-1].word == "in" && ts[i-2].word == "power" && powerTaking[ts[i-3].word] &&
		(ts[i-3].word != "to" || i >= 4 && cameTo[ts[i-4].word]) { // "came to power in", not "the prospect of getting to power in Kabul"
		return false
	}
	// "Vietnamese troops crossed into Democratic Kampuchea", "crossed into eastern Chad":
	// the ground forces cross into is the one they invade, no place.
	for k := i - 1; k >= max(1, i-3); k-- {
		if ts[k].word == "into" {
			if crossingVerbs[ts[k-1].word] {
				return false
			}
			break
		}
		if !regionWords[ts[k].word] && ts[k].word != "the" {
			break
		}
	}
	// "Beirut's southern suburbs", "Kabul's outskirts": the city's parts, a place.
	if ts[i].possessive {
		for k := i + 1; k < len(ts) && k <= i+2 && !strings.ContainsAny(ts[k].pre, ",;:()"); k++ {
			if cityParts[ts[k].word] {
				return true
			}
		}
	}
	if i >= 2 {
		// "the capital of Burkina Faso", "the centre of Mali", "the border with Niger"
		switch ts[i-1].word + " " + ts[i-2].word {
		case "of capital", "of centre", "of center", "of heart", "of north", "of south", "of east", "of west",
			"of outskirts", "of part", "of parts", "of region", "of interior", "with border", "with borders",
			"of gulf", "of sea", "of strait", "of coast", "of province", "of provinces", "of city", "of town", "of governorate", "of airspace",
			"of district", "of districts":
			// Not "closed its border with Rwanda": the neighbour the closing is against.
			return !(ts[i-1].word == "with" && i >= 4 && borderClosing[ts[i-4].word])
		}
	}
	// "killed in the Sahel region, Mali", "in Mopti province, Mali": the state a place is
	// in, after the place and a comma.
	if i >= 1 && strings.Contains(ts[i].pre, ",") && withinNouns[ts[i-1].word] {
		return true
	}
	// "near the Mali-Niger border": two states' names joined by a hyphen before a
	// border's noun are places.
	if borderPair(ts, i) {
		return true
	}
	// "crossed the Niger on canoes": the river, not the state.
	if i >= 1 && ts[i-1].word == "the" && rivers[ts[i].word] {
		return true
	}
	// "crossed from Turkey to reinforce the YPG": where men moved from is a place.
	// Not "the DSE's arms came from Yugoslavia": help that came from a giver (cameFrom).
	if i >= 2 && ts[i-1].word == "from" && movedFrom[ts[i-2].word] && !(i >= 3 && given[ts[i-3].word]) {
		return true
	}
	// "crossed the border from Mali into Algeria": where the crossing began is a place
	// too, as where it went.
	if i >= 1 && ts[i-1].word == "from" {
		for k := i + 1; k < min(len(ts), i+5); k++ {
			if strings.ContainsAny(ts[k].pre, ",;:()") {
				break
			}
			if ts[k].word == "into" || ts[k].word == "to" && k+1 < len(ts) && rd.stateWord([]string{ts[k+1].word}, 0) {
				return true
			}
		}
	}
	// "the desert between Syria and Iraq", "the border between Turkey and Syria": both
	// names are places.
	for k := i - 1; k >= max(1, i-6); k-- {
		if strings.ContainsAny(ts[k+1].pre, ",;:()") {
			break
		}
		if ts[k].word == "between" {
			if betweenPlaces[ts[k-1].word] {
				return true
			}
			break
		}
	}
	for k := i - 1; k >= max(0, i-5); k-- {
		if strings.ContainsAny(ts[k+1].pre, ",;:()") {
			return false // "rebuilt UNITA in the south; South Africa trained": a new clause's subject
		}
		if ts[k].word == "of" && k > 0 {
			switch ts[k-1].word {
			case "all", "much", "most", "rest", "parts", "areas", "swathes", "swaths", "regions":
				return true // "captured all of western Libya"
			}
		}
		switch ts[k].word {
		case "eastern", "western", "northern", "southern", "central", "north", "south", "east", "west", "northeastern",
			"northwestern", "southeastern", "southwestern", "the", "rural", "and", "or", "war", "torn", "rebel", "held",
			"controlled", "occupied", "neighbouring", "neighboring":
			continue // "in southern and central Syria", "in war-torn eastern Syria"
		}
		return rd.places[ts[k].word]
	}
	return false
}

// borderPair reports whether the name at token i stands in a pair of names joined by a
// hyphen right before a noun of a border: "the Mali-Niger border", "the Burkina
// Faso-Niger frontier".
func borderPair(ts []token, i int) bool {
	joined := strings.TrimSpace(ts[i].pre) == "-"
	for k := i + 1; k < min(len(ts), i+5); k++ {
		if strings.ContainsAny(ts[k].pre, ",;:()") || strings.TrimSpace(ts[k].pre) == "" && !ts[k].upper && !borderNouns[ts[k].word] {
			return false
		}
		if borderNouns[ts[k].word] {
			return joined
		}
		joined = joined || strings.TrimSpace(ts[k].pre) == "-"
	}
	return false
}

// borderNouns are the nouns of a line between two states.
var borderNouns = map[string]bool{"border": true, "borders": true, "frontier": true, "boundary": true, "borderlands": true}

// nameAt reports whether a name the reader knows opens at token j.
func (rd *Reader) nameAt(ts []token, j int) bool {
	id, _ := rd.nameIDAt(ts, j)
	return id != ""
}

// withinNouns are the nouns of a place inside a state: "the Sahel region, Mali".
var withinNouns = map[string]bool{"region": true, "province": true, "city": true, "town": true, "village": true, "district": true,
	"governorate": true, "area": true, "department": true, "commune": true, "prefecture": true}

// rivers are the states' names that, after "the", name a river: "the Niger".
var rivers = map[string]bool{"niger": true, "euphrates": true, "tigris": true, "nile": true, "indus": true, "oxus": true, "litani": true}

// crossingVerbs are the verbs of forces moving into the ground they invade.
var crossingVerbs = map[string]bool{"crossed": true, "crossing": true, "crosses": true, "pushed": true, "swept": true, "marched": true,
	"rolled": true, "poured": true, "advanced": true}

// regionWords are the words that name a part of a state's ground before its name.
var regionWords = map[string]bool{"eastern": true, "western": true, "northern": true, "southern": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true}

// movedFrom are the verbs of men moving, before "from" and where they came from.
var movedFrom = map[string]bool{"crossed": true, "came": true, "fled": true, "moved": true, "returned": true, "withdrew": true,
	"withdraw": true, "withdrawn": true, "withdrawing": true, "withdraws": true, "flee": true, "fleeing": true, "retreat": true,
	"retreated": true, "arrived": true, "travelled": true, "traveled": true, "infiltrated": true, "deployed": true, "redeployed": true}

// betweenPlaces are the nouns of a stretch of land between two places: "the desert
// between Syria and Iraq".
var betweenPlaces = map[string]bool{"desert": true, "border": true, "borders": true, "frontier": true, "boundary": true,
	"road": true, "roads": true, "highway": true, "area": true, "areas": true, "region": true, "corridor": true, "route": true,
	"line": true, "zone": true, "crossing": true, "crossings": true, "towns": true, "cities": true, "villages": true,
	"territory": true, "mountains": true, "river": true, "valley": true, "land": true, "way": true, "journey": true}

// cityTaken reports whether the capital named at token i is the city a force moves on,
// takes or leaves, not its government: "marched on Kabul", "entered Khartoum", "the fall
// of Kabul", "Tripoli armed groups"; not "support from Moscow", "envoys to Kigali",
// "missiles fired at Kyiv", its government.
func (rd *Reader) cityTaken(ts []token, i int) bool {
	if i+1 < len(ts) && capitalNamed[ts[i+1].word] && strings.TrimSpace(ts[i+1].pre) == "" {
		return true // "the Havana accord", "the Minsk agreements", "the Doha office": a name, no government
	}
	j := i + 1
	if j+1 < len(ts) && ts[j].word == "and" && ts[j+1].upper {
		j += 2 // "Tripoli and Misrata armed groups"
	}
	if j+1 < len(ts) && ts[j].word == "armed" && armedNouns[ts[j+1].word] && strings.TrimSpace(ts[j].pre) == "" {
		return true // "Tripoli and Misrata armed groups": the cities' men, not a government (but "Kyiv forces" are Ukraine's)
	}
	if i == 0 {
		return false
	}
	k := i - 1
	if ts[k].word == "the" && k > 0 {
		k--
	}
	switch w := ts[k].word; w {
	case "on", "upon":
		return k > 0 && movedOn[ts[k-1].word]
	case "of":
		return k > 0 && cityNouns[ts[k-1].word]
	case "capital", "city":
		return true // "in the Malian capital, Bamako"
	case "at":
		// "signed an agreement at Ouagadougou", "talks at Doha": where they met or signed;
		// not "at Tehran's behest", "launched missiles at Kyiv", "pointed the finger at
		// Khartoum".
		if ts[i].possessive {
			return false
		}
		for j := max(0, k-6); j < k; j++ {
			if meetingVerbs[ts[j].word] || rd.meetingAt(ts, j) {
				return true
			}
		}
		return false
	case "to":
		// "believed to be close to Juba": near the city; "flew to Colombo and signed": the
		// city one travelled to (not "came to Kabul's aid").
		return k > 0 && (ts[k-1].word == "close" || travelled[ts[k-1].word] && !ts[i].possessive)
	case "for":
		// "left yesterday for Peiping", "headed for Kabul": the city one set out for.
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if departed[ts[j].word] {
				return true
			}
		}
		return false
	default:
		return movedOn[w] || cityVerbs[w]
	}
}

// departed are the verbs of setting out for a city: "left for Moscow".
var departed = map[string]bool{"left": true, "leaving": true, "leaves": true, "departed": true, "headed": true, "heading": true,
	"bound": true, "sailed": true, "set": true, "off": true, "flew": true, "flown": true}

var (
	// movedOn are the words of a force's move before "on" and its goal: "marched on".
	movedOn = map[string]bool{"marched": true, "march": true, "marching": true, "advanced": true, "advance": true, "advancing": true,
		"closed": true, "closing": true, "converged": true, "converging": true, "moved": true, "moving": true, "push": true, "pushed": true}
	// cityVerbs take or reach a city: "entered Khartoum".
	cityVerbs = map[string]bool{"entered": true, "entering": true, "enter": true, "took": true, "taking": true, "take": true,
		"captured": true, "capturing": true, "capture": true, "seized": true, "seizing": true, "reached": true, "reaching": true,
		"besieged": true, "besieging": true, "shelled": true, "shelling": true, "bombed": true, "bombing": true, "overran": true,
		"fled": true, "left": true}
	// travelled are the verbs of one's own journey to a city: "flew to Colombo".
	travelled = map[string]bool{"flew": true, "flown": true, "travelled": true, "traveled": true, "went": true, "returned": true,
		"journeyed": true, "relocated": true}
	// cityNouns are the nouns of a city's fall or its parts: "the fall of Kabul".
	cityNouns = map[string]bool{"fall": true, "capture": true, "siege": true, "outskirts": true, "streets": true, "centre": true,
		"center": true, "battle": true, "control": true, "airport": true, "suburbs": true, "gates": true, "road": true, "people": true,
		"residents": true, "mayor": true, "governor": true}
)

// capitalNamed are the nouns a capital names after it: "the Minsk agreements".
var capitalNamed = map[string]bool{"accord": true, "accords": true, "agreement": true, "agreements": true, "process": true,
	"talks": true, "office": true, "protocol": true, "format": true, "conference": true, "summit": true, "declaration": true, "forum": true}

// borderClosing are the verbs by which a state shuts its border to a neighbour.
var borderClosing = map[string]bool{"closed": true, "closes": true, "closing": true, "sealed": true, "seals": true, "shut": true, "shuts": true}

// detainedIn are the participles of detention after which the state named after "in" is
// the one that detains.
var detainedIn = map[string]bool{"detained": true, "arrested": true, "imprisoned": true, "jailed": true, "proscribed": true,
	"banned": true, "outlawed": true}

// agentAfter reports whether "by" follows token i in its clause: the passive's agent.
func agentAfter(ts []token, i int) bool {
	for k := i + 1; k < len(ts) && k <= i+10; k++ {
		if strings.ContainsAny(ts[k].pre, ";:") || ts[k].word == "and" && strings.Contains(ts[k].pre, ",") {
			return false
		}
		if ts[k].word == "by" {
			return true
		}
	}
	return false
}

// cityParts are the nouns of a city's parts after its possessive: "Beirut's southern
// suburbs".
var cityParts = map[string]bool{"suburbs": true, "outskirts": true, "districts": true, "neighbourhoods": true, "neighborhoods": true,
	"quarters": true, "streets": true, "airport": true, "centre": true, "center": true}

// powerTaking are the verbs before "power in" that take it: "seized power in", "came to
// power in" (cameTo before "to").
var powerTaking = map[string]bool{"seized": true, "took": true, "to": true, "assumed": true, "grabbed": true, "seizing": true, "taking": true,
	"takes": true, "seizes": true, "assumes": true}

// cameTo are the verbs of arriving before "to power".
var cameTo = map[string]bool{"came": true, "come": true, "comes": true, "coming": true, "rose": true, "swept": true}

// namedAfterState reports whether the state's name at token i is part of a place's name:
// after a capitalized noun of places ("Mount Kenya", "Lake Chad") or after a town's name
// and "de" ("Santiago de Cuba").
func namedAfterState(ts []token, i int) bool {
	if i == 0 || strings.TrimSpace(ts[i].pre) != "" {
		return false
	}
	switch w := ts[i-1].word; {
	case ts[i-1].upper && placeHeads[w]:
		return true
	case w == "de" || w == "del" || w == "do" || w == "da":
		return i > 1 && ts[i-2].upper && strings.TrimSpace(ts[i-1].pre) == ""
	}
	return false
}

// directions are the words of a region of a state: "northern Mali".
var directions = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "north": true, "south": true,
	"east": true, "west": true}

// capitalNamed reports whether m names a state by its capital's name: "the former Mufti
// of Jerusalem" holds a post of the city, not of the state.
func (rd *Reader) capitalNamed(ts []token, m mention) bool {
	return m.first >= 0 && rd.kinds[m.id] == "state" && rd.capitals[spelling(strings.Join(wordsOf(ts, m.first, m.end), " "))]
}
