package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// nameRun is a run of capitalized words of a paragraph: its words, their place among the
// paragraph's words [first, end), the word before it, and whether it ends in a
// possessive ("Hekmatyar's").
type nameRun struct {
	words      []string
	first, end int
	before     string
	possessive bool
	acronym    string // the abbreviation in parentheses after it: "(MNLA)"
	paren      bool   // written in parentheses: "(Army of Conquest)"
	qualifier  string // the words in parentheses after it that may tell one of its parts: "(Maoist)"
}

// calendarWords are the names of months and days, which open no name before another:
// "in early November Fidel Castro ordered".
var calendarWords = map[string]bool{}

func init() {
	for _, w := range strings.Split(months+"|monday|tuesday|wednesday|thursday|friday|saturday|sunday", "|") {
		calendarWords[w] = true
	}
}

// nameRuns returns the runs of capitalized words of a text (joined by "of", "for", "the"
// inside a name: "Government of National Accord", "Army of Glory"; "al-" before a
// capital: "Jabhat al-Nusra"), each ended by a possessive.
func nameRuns(text string) []nameRun {
	var out []nameRun
	words := strings.Fields(text)
	trim := func(w string) string { return strings.Trim(w, ",.;:()\"“”‘’'*_`[]") } // punctuation and Markdown's marks
	capital := func(n string) bool {
		if n == "" {
			return false
		}
		if capitalized.FindString(n) == n {
			return true
		}
		return articled(n)
	}
	particle := nameParticles
	possessive := func(raw string) (string, bool) {
		t := strings.TrimRight(raw, ",.;:)\"”*_]")
		for _, suffix := range []string{"’s", "'s"} {
			if strings.HasSuffix(t, suffix) {
				return strings.TrimSuffix(t, suffix), true
			}
		}
		return raw, false
	}
	for i := 0; i < len(words); i++ {
		raw, poss := possessive(words[i])
		w := trim(raw)
		if !capital(w) && !ordinalOpens(words, i, trim) {
			continue // a name begins with a capital, or an article before one ("al-Nusra Front")
		}
		if (opening[strings.ToLower(w)] || calendarWords[strings.ToLower(w)]) && !poss {
			continue // "When Gulbuddin Hekmatyar's", "in early November Fidel Castro": the run begins after it
		}
		// "People's Protection Units": a possessive that names's words hold, before
		// another capitalized word, goes on with the name.
		inName := func(w string, p bool, next int) bool {
			return p && possessiveInName[strings.ToLower(w)] && next < len(words) && capital(trim(words[next]))
		}
		if inName(w, poss, i+1) {
			w, poss = w+"'s", false
		}
		// "J.R. Jayewardene", "P. W. Botha": a name's initials open it.
		opensInitials := initials(words[i]) && i+1 < len(words) && capital(trim(words[i+1]))
		if opensInitials {
			w += "."
		}
		// "Mr. Bush", "Dr. Negrín": a form of address's full stop does not end the run.
		opensInitials = opensInitials || addressed(words, i, capital(trim(words[min(i+1, len(words)-1)])))
		run := []string{w}
		j := i + 1
		qualifier := ""
		inPlace := false // the run has a mission's place in it, before its abbreviation
		ended := poss || !opensInitials && stopsRun(words[i])
		for ; j < len(words) && !ended; j++ {
			if strings.HasPrefix(words[j], "(") {
				if q, end := qualifierAt(words, j); end > j {
					qualifier, j = q, end // "Communist Party of Nepal (Maoist)": one of the parties of the name
				}
				break // "... Azawad (MNLA)": the name ends before its abbreviation
			}
			raw, p := possessive(words[j])
			n := trim(raw)
			if inName(n, p, j+1) {
				n, p = n+"'s", false
			}
			// "the" inside a name follows "of" or "for" ("Army of the Guardians"): "In
			// Benghazi the Libyan National Army" is a place and a name.
			the := n == "the" && len(run) > 0 && (run[len(run)-1] == "of" || run[len(run)-1] == "for" || run[len(run)-1] == "in")
			// "Islamic State in the Greater Sahara", "al-Qaeda in the Islamic Maghreb": a
			// branch named by its region, "in the" and capitals.
			in := n == "in" && j+2 < len(words) && trim(words[j+1]) == "the" && capital(trim(words[j+2])) &&
				(len(run) >= 2 || branchRegions[trim(words[j+2])]) && !strings.ContainsAny(words[j-1][len(words[j-1])-1:], ",.;:)")
			// "Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)": a
			// mission named by its place, with the abbreviation of the whole after it.
			placed := (n == "in" || n == "to") && len(run) >= 2 && placeAbbreviated(words, j+1, capital)
			inPlace = inPlace || placed
			in = in || placed || inPlace && n == "and" && j+1 < len(words) && capital(trim(words[j+1])) // "in Ethiopia and Eritrea (UNMEE)"
			// "Liga Nacional Defensora de la Libertad Religiosa": a Romance name's "de" and
			// its article before a capital.
			romance := j+1 < len(words) && (n == "de" && j+2 < len(words) && romanceArticles[words[j+1]] && capital(trim(words[j+2])) ||
				romanceArticles[n] && len(run) > 0 && run[len(run)-1] == "de" && capital(trim(words[j+1])))
			if capital(n) || ordinalOpens(words, j, trim) || (n == "of" || n == "for" || the || in || romance || particle[n] && j+1 < len(words) && capital(trim(words[j+1]))) && j+1 < len(words) {
				initial := initials(words[j]) && j+1 < len(words) && capital(trim(words[j+1])) // "George W. Bush", "P. W. Botha"
				if initial {
					n += "."
				}
				run = append(run, n)
				poss = p
				if p || !initial && stopsRun(words[j]) {
					j++
					break
				}
				continue
			}
			break
		}
		for len(run) > 0 && (run[len(run)-1] == "of" || run[len(run)-1] == "for" || run[len(run)-1] == "the" || run[len(run)-1] == "in") {
			run = run[:len(run)-1]
			poss = false
		}
		before := ""
		if i > 0 && !sentenceEnd(words[i-1]) {
			before = trim(words[i-1]) // not "... trains commanders. Several Western diplomats"
		}
		acronym := ""
		if j < len(words) && !poss {
			acronym = abbreviationIn(words[j])
		}
		if acronym == "" && !poss && len(run) >= 3 && j+1 < len(words) && strings.HasSuffix(words[j-1], ",") && words[j] == "the" {
			acronym = abbreviationSet(words[j+1], run) // "the Alliance of ... of Congo-Zaire, the AFDL, and"
		}
		kin := len(run) == 1 && i >= 2 && kinNouns[strings.ToLower(words[i-1])] // "his son Qaboos", for discover to weigh
		if len(run) >= 2 || len(run) == 1 && (poss || linked(run[0]) || kin) {  // "Jaish-e-Mohammed" alone
			out = append(out, nameRun{run, i, j, before, poss, acronym, strings.HasPrefix(words[i], "("), qualifier})
		}
		i = j - 1
	}
	return out
}

// romanceArticles are the articles after "de" inside a Spanish, French or Portuguese name.
var romanceArticles = map[string]bool{"la": true, "las": true, "los": true, "le": true, "les": true}

// possessiveInName are the words whose possessive is part of many organizations' names:
// "Kurdish People's Protection Units", "Kurdistan Workers' Party".
var possessiveInName = map[string]bool{"people": true, "workers": true, "women": true, "martyrs": true, "peoples": true}

// runTogether reports whether a run of capitalized words holds the forms of two
// organizations' names, apart ("Martyrs Brigade Shura Council"): two words that end such
// names with another word between them, the second not after "of" ("Islamic
// Revolutionary Guard Corps" and "Brigades of the Army of Islam" are one name each).
func runTogether(words []string, kindOf map[string]string) bool {
	last := -1
	for k, w := range words {
		if _, ok := kindOf[w]; !ok {
			continue
		}
		if last >= 0 && k-last >= 2 && !slices.Contains(words[last+1:k], "of") && !slices.Contains(words[last+1:k], "for") {
			return true
		}
		last = k
	}
	return false
}

// joinAnd joins a name and what follows its "and" where the two are one organization's
// name: a name with a complement going on ("Movement for Oneness and Jihad in West
// Africa", "Salafist Group for Preaching and Combat", "Islamic State of Iraq and the
// Levant"), or an adjective before a name's form ("West African Economic and Monetary
// Union"). Two names joined by "and" stay two: what follows has no form of its own, is no
// name the reader knows and begins no transliterated name; and a state's organ whose
// complement is the state is whole ("the Government of Angola and the Cabindan Forum for
// Dialogue"; not "the African Party for the Independence of Guinea and Cape Verde").
func (rd *Reader) joinAnd(runs []nameRun, fields []string, orgKind func([]string) (string, string)) []nameRun {
	trim := func(w string) string { return strings.Trim(w, ",.;:()\"“”‘’'*_`[]") }
	known := func(words []string) bool {
		_, ok := rd.names[spelling(strings.TrimPrefix(alliances.Fold(strings.Join(words, " ")), "the "))]
		return ok
	}
	upper := func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return unicode.IsUpper(r) }
	for ri := 0; ri < len(runs); ri++ {
		r := &runs[ri]
		j := r.end
		if r.possessive || r.acronym != "" || j+1 >= len(fields) || fields[j] != "and" || strings.ContainsAny(fields[j-1][len(fields[j-1])-1:], ",.;:)") {
			continue
		}
		kind, _ := orgKind(r.words)
		complement := kind != "" && (slices.Contains(r.words, "of") || slices.Contains(r.words, "for"))
		last := alliances.Fold(r.words[len(r.words)-1])
		adjective := kind == "" && !known(r.words) && (strings.HasSuffix(last, "ic") || strings.HasSuffix(last, "al"))
		if !complement && !adjective || kind == "state-organ" && (rd.stateWord([]string{last}, 0) || rd.rules.States[r.words[len(r.words)-1]] != "") {
			continue
		}
		// The words after "and": capitals, "of", "for" or "in" between them; "the" first.
		k := j + 1
		tail := []string{}
		if fields[k] == "the" {
			tail, k = append(tail, "the"), k+1
		}
		for ; k < len(fields); k++ {
			w := trim(fields[k])
			link := (w == "of" || w == "for" || w == "in") && len(tail) > 0 && k+1 < len(fields) && upper(trim(fields[k+1]))
			if strings.HasPrefix(fields[k], "(") || !upper(w) && !link {
				break
			}
			tail = append(tail, w)
			if strings.ContainsAny(fields[k][len(fields[k])-1:], ",.;:)") {
				k++
				break
			}
		}
		names := tail
		if len(names) > 0 && names[0] == "the" {
			names = names[1:]
		}
		if len(names) == 0 || known(names) || rd.stateWord([]string{alliances.Fold(names[0])}, 0) {
			continue
		}
		tailKind, _ := orgKind(names)
		if complement && tailKind != "" || adjective && tailKind == "" {
			continue
		}
		words := append(append(slices.Clone(r.words), "and"), tail...)
		acronym := ""
		if k < len(fields) {
			acronym = abbreviationIn(fields[k])
		}
		r.words, r.end, r.acronym = words, k, acronym
		for ri+1 < len(runs) && runs[ri+1].first < k {
			runs = slices.Delete(runs, ri+1, ri+2)
		}
	}
	return runs
}

// placeAbbreviated reports whether words[k:] open with a place's name of one or two
// capitalized words, or two such joined by "and", and then an abbreviation in
// parentheses: "Mali (MINUSMA)", "Sierra Leone (UNAMSIL)", "Ethiopia and Eritrea
// (UNMEE)".
func placeAbbreviated(words []string, k int, capital func(string) bool) bool {
	for e := k; e < len(words) && e <= k+4; e++ {
		if e > k && abbreviationIn(words[e]) != "" {
			return true
		}
		if words[e] == "and" && e > k && e+1 < len(words) && capital(words[e+1]) {
			continue
		}
		if !capital(words[e]) || e > k+2 && !slices.Contains(words[k:e], "and") { // a word with punctuation of its own ends the place
			return false
		}
	}
	return false
}

// abbreviationIn returns the abbreviation a word in parentheses gives, "(MNLA)" or
// "(MOJWA/MUJAO)": letters in capitals, not a span of years ("(2014–17)"); or "".
func abbreviationIn(word string) string {
	a := strings.TrimRight(word, ",.;:")
	if strings.HasPrefix(a, "(") && strings.HasSuffix(a, ")") && len(a) >= 4 &&
		(strings.ToUpper(a) == a || mixedAbbreviation(a[1:len(a)-1])) && !strings.ContainsAny(a[1:len(a)-1], " ()") && a[1] >= 'A' && a[1] <= 'Z' {
		return a[1 : len(a)-1]
	}
	return ""
}

// mixedAbbreviation reports whether a word is an abbreviation with small letters in it:
// "AGovC", "MoD" (capitals for half its letters or more, two at least).
func mixedAbbreviation(w string) bool {
	upper, letters := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return upper >= 2 && 2*upper >= letters
}

// qualifierAt returns the words in parentheses that open at words[i] where they may
// qualify the name before them, one of its parts or its splits: one to three capitalized
// words in lower case after the capital, no number ("(Maoist)", "(Unified
// Marxist-Leninist)", "(Khalis)"), and the index of the word after them; "", i where
// they do not ("(MNLA)", an abbreviation; "(1992)"; "(the Front)"; "(Mali)" is taken, and
// discover keeps it only after an organization's name).
func qualifierAt(words []string, i int) (string, int) {
	var q []string
	for k := i; k < len(words) && k < i+3; k++ {
		w := strings.TrimPrefix(words[k], "(")
		closed := strings.HasSuffix(strings.TrimRight(w, ",.;:"), ")")
		w = strings.TrimSuffix(strings.TrimRight(w, ",.;:"), ")")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ToUpper(w) == w || mixedAbbreviation(w) || strings.ContainsFunc(w, func(r rune) bool { return unicode.IsDigit(r) || strings.ContainsRune("()/\"'", r) }) {
			return "", i
		}
		if translitLink.MatchString(w) {
			return "", i // another name of the organization, transliterated: "(Shura-e Nazar)"
		}
		q = append(q, w)
		if closed {
			return strings.Join(q, " "), k + 1
		}
	}
	return "", i
}

// translitLink is a hyphen before a particle or a lowercase word, as transliterated
// names join their words: "Shura-e", "Jaish-e-Mohammed"; not "Marxist-Leninist".
var translitLink = regexp.MustCompile(`-\p{Ll}`)

// abbreviationSet returns the abbreviation a word set off by commas after a name is
// ("the AFDL,"): two to ten capitals, closing its phrase, that open the name and are each
// an initial of its words, in any order, as another language's would be ("Alliance des
// Forces Démocratiques pour la Libération"); "" otherwise ("the Organisation of Islamic
// Cooperation, the EU, and the UN": another's).
func abbreviationSet(word string, name []string) string {
	a := strings.TrimRight(word, ",.;:")
	if len(a) == len(word) || len(a) < 2 || len(a) > 10 || strings.ToUpper(a) != a || strings.IndexFunc(a, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return ""
	}
	initials := map[byte]bool{}
	for _, w := range name {
		for p := range strings.SplitSeq(w, "-") {
			if p != "" && p[0] >= 'A' && p[0] <= 'Z' {
				initials[p[0]] = true
			}
		}
	}
	if len(name) == 0 || name[0][0] != a[0] {
		return ""
	}
	for i := range len(a) {
		if !initials[a[i]] {
			return ""
		}
	}
	return a
}

// peopleRuns splits the runs that peopleParticles join where no given name of the rules
// stands before the particle: "Mocímboa da Praia" names a town's two words, "José Eduardo dos Santos" one
// man. A part of one word is no run, but one in the possessive.
func (rd *Reader) peopleRuns(runs []nameRun) []nameRun {
	out := runs[:0:0]
	for _, r := range rd.ledRuns(runs) {
		k := slices.IndexFunc(r.words, func(w string) bool { return peopleParticles[w] })
		if k < 0 || slices.ContainsFunc(r.words[:k], func(w string) bool { // "General Armando da Cruz Neto"
			given, _, _ := strings.Cut(w, "-")
			return rd.given[alliances.Fold(given)]
		}) {
			out = append(out, r)
			continue
		}
		head := nameRun{words: r.words[:k], first: r.first, end: r.first + k, before: r.before}
		rest := nameRun{words: r.words[k+1:], first: r.first + k + 1, end: r.end, before: r.words[k], possessive: r.possessive, acronym: r.acronym}
		for _, part := range []nameRun{head, rest} {
			if len(part.words) >= 2 || len(part.words) == 1 && part.possessive {
				out = append(out, part)
			}
		}
	}
	return out
}

// ledRuns splits the runs that name an organization "of" the man who leads it, where a
// given name of the rules opens his name, past up to two words of an honorific:
// "Hezb-e Islami of Gulbuddin Hekmatyar", "Jamiat-e Islami of Professor Burhanuddin
// Rabbani" name a party and a man, each a run of its own.
func (rd *Reader) ledRuns(runs []nameRun) []nameRun {
	var out []nameRun
	for _, r := range runs {
		k := slices.Index(r.words, "of")
		if k < 2 && !(k == 1 && strings.Contains(r.words[0], "-")) {
			out = append(out, r)
			continue
		}
		m := k + 1
		for m < len(r.words) && m-k <= 2 && !rd.given[alliances.Fold(r.words[m])] && (honorifics[alliances.Fold(strings.TrimSuffix(r.words[m], "."))] || ranks[alliances.Fold(r.words[m])]) {
			m++ // "of Professor Burhanuddin Rabbani", not "Secretary of State Hillary Clinton"
		}
		if m >= len(r.words)-1 || !rd.given[alliances.Fold(r.words[m])] || slices.Contains(r.words[k+1:], "of") {
			out = append(out, r) // "Army of Muhammad": no man's name of two words at least
			continue
		}
		head := nameRun{words: r.words[:k], first: r.first, end: r.first + k, before: r.before}
		rest := nameRun{words: r.words[m:], first: r.first + m, end: r.end, before: r.words[m-1], possessive: r.possessive, acronym: r.acronym}
		out = append(out, head, rest)
	}
	return out
}

// ranks are the words of learning, faith or rank before a man's name, with the
// honorifics, that a party's name "of" him may hold: "Jamiat-e Islami of Professor
// Burhanuddin Rabbani".
var ranks = map[string]bool{"professor": true, "prof": true, "maulvi": true, "mawlawi": true, "mulla": true, "pir": true,
	"shaykh": true, "sayed": true, "sayyid": true, "sayyed": true, "general": true, "colonel": true, "commander": true,
	"major": true, "captain": true, "haji": true}

// sentenceEnd reports whether a word as written ends a sentence: a full stop that ends no
// abbreviation ("Gen."), a question or an exclamation mark.
func sentenceEnd(raw string) bool {
	w := strings.TrimRight(raw, "\"”’')*_")
	if strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!") {
		return true
	}
	return strings.HasSuffix(w, ".") && !abbreviations[strings.ToLower(w)] && !(len(w) == 2 && unicode.IsUpper(rune(w[0])))
}

// addressWords are the forms of address before a person's name, no part of it: "Mr.
// Bush", "Signor Mussolini", "Comrade Mengistu".
var addressWords = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "mme": true, "m": true, "messrs": true,
	"signor": true, "signora": true, "senor": true, "senora": true, "senhor": true, "herr": true, "frau": true,
	"monsieur": true, "madame": true, "comrade": true, "sir": true, "dame": true}

// addressed reports whether word i is a form of address written with a full stop ("Mr.",
// "Dr.", "M.") and a capital (capital) opens the next.
func addressed(words []string, i int, capital bool) bool {
	w := words[i]
	return capital && i+1 < len(words) && strings.HasSuffix(w, ".") && addressWords[alliances.Fold(strings.TrimSuffix(w, "."))]
}

// addressOpens reports whether a form of address opens a run of a name's words: "Signor
// Mussolini", "Comrade Mengistu Haile Mariam"; "M." only before one word ("M. Blum", not
// "M. A. G. Osmani", initials).
func addressOpens(words []string) bool {
	if len(words) < 2 {
		return false
	}
	w := alliances.Fold(strings.TrimSuffix(words[0], "."))
	return addressWords[w] && (w != "m" || len(words) == 2 && !initials(words[1]))
}

// stopsRun reports whether a word ends a run of a name's words: a stop, a comma, a
// bracket after it, before a closing quotation mark too ("La Tuta." then "After ...").
func stopsRun(word string) bool {
	w := strings.TrimRight(word, "\"”’'")
	if w == "" {
		return false
	}
	return strings.ContainsAny(w[len(w)-1:], ",.;:)*_]")
}

// genericHeads are the nouns of organizations that a name, said short, goes without: "the
// Wagner Group", "Wagner".
var genericHeads = map[string]bool{"group": true, "network": true, "organization": true, "organisation": true, "company": true}

// prefixSet returns the words of a table of name prefixes by kind, folded and spelt as
// names are kept.
func prefixSet(byKind map[string][]string) map[string]bool {
	out := map[string]bool{}
	for _, words := range byKind {
		for _, w := range words {
			out[spelling(alliances.Fold(w))] = true
		}
	}
	return out
}

// romanceHeads are the first nouns of Spanish, French and Portuguese organizations' names
// that the text may use alone for one: "the Liga".
var romanceHeads = map[string]bool{"liga": true, "ligue": true, "partido": true, "frente": true, "ejercito": true, "movimiento": true,
	"movimento": true, "mouvement": true, "asociacion": true, "coordinadora": true}

// adjectives are words of the rules' titles that name no post by themselves.
var adjectives = map[string]bool{"senior": true, "top": true, "former": true, "then": true, "chief": true, "deputy": true}

// opening are the words that open a sentence with a capital without being a name's.
var opening = map[string]bool{"when": true, "while": true, "after": true, "before": true, "as": true, "but": true, "and": true,
	"in": true, "on": true, "at": true, "by": true, "since": true, "although": true, "though": true, "if": true, "then": true,
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "for": true, "with": true,
	"from": true, "during": true, "under": true, "once": true, "until": true, "because": true, "however": true, "meanwhile": true,
	"unlike": true, "like": true, "despite": true, "whereas": true, "behind": true, "beyond": true, "beside": true, "besides": true,
	"across": true, "inside": true, "outside": true, "against": true, "among": true, "amid": true, "within": true, "without": true,
	"toward": true, "towards": true, "through": true, "throughout": true, "along": true, "around": true, "near": true, "into": true,
	"upon": true, "over": true, "beneath": true, "below": true, "above": true, "between": true, "to": true, "of": true, "about": true,
	"had": true, "were": true, "was": true, "is": true, "are": true, "has": true, "did": true, "does": true, "should": true, "would": true, "could": true} // "Had Washington told Ioannidis", a question's or a condition's verb

// memberOfThe cuts a run of words with no noun of a body (bodyNoun), "of the" and an
// organization's name into two: a man, a post or a part of the body, then the body
// ("Joseph Garang of the Sudanese Communist Party", "Units of the TPLF", "a Leaflet of
// the Democratic Front for the Liberation of Palestine"), each found by itself. Not
// "Guardians of the Cedars" (no body's form after "of the"), nor "Army of the North" or
// "Truce Commission of the Security Council" (a body's noun before it).
func memberOfThe(runs []nameRun, orgKind func([]string) (string, string), bodyNoun func(string) bool) []nameRun {
	out := runs[:0:0]
	for _, r := range runs {
		k := slices.Index(r.words, "of")
		if k >= 1 && k+2 < len(r.words) && r.words[k+1] == "the" && r.qualifier == "" && !slices.ContainsFunc(r.words[:k], bodyNoun) {
			if kind, _ := orgKind(r.words[k+2:]); kind != "" {
				head, tail := r, r
				head.words, head.end, head.acronym, head.possessive = r.words[:k], r.first+k, "", false
				tail.words, tail.first, tail.before, tail.paren = r.words[k+2:], r.first+k+2, "the", false
				out = append(out, head, tail)
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// placeTails are the nouns that end a place's name, after a word that may be a given
// name: "Victoria Falls", "Gaza Strip" (not "State": "Aden State" is a polity).
var placeTails = map[string]bool{"province": true, "district": true, "region": true, "city": true, "valley": true,
	"hills": true, "island": true, "islands": true, "county": true, "zone": true, "strip": true, "coast": true, "mountains": true,
	"plateau": true, "delta": true, "township": true, "falls": true, "square": true, "street": true, "road": true, "airport": true}

// titledRuns cuts a post of one word off the end of a run of three words or more before
// "of", where the words before it are no organization's: "elected Abdiqassim Salad
// Hassan President of a Transitional National Government" names the man, not a "Hassan
// President".
func (rd *Reader) titledRuns(runs []nameRun, fields []string, orgKind func([]string) (string, string)) []nameRun {
	for i, r := range runs {
		n := len(r.words)
		if n < 3 || r.possessive || r.first+n >= len(fields) || fields[r.first+n] != "of" || trailingTitles[alliances.Fold(r.words[n-1])] {
			continue
		}
		w := alliances.Fold(r.words[n-1])
		if !slices.ContainsFunc(rd.titles, func(t []string) bool { return len(t) == 1 && t[0] == w }) {
			continue
		}
		if k, _ := orgKind(r.words[:n-1]); k != "" {
			continue
		}
		runs[i].words, runs[i].end = r.words[:n-1], r.first+n-1
	}
	return runs
}

// addressOnly reports whether the words from..to, after a's name, are words of address
// alone, no post, and no post "of" a stands before it: "the United States, Mr Spenlow
// said" makes him no American ("The Secretary-General of the United Nations, Mr Kofi
// Annan" holds the post before).
func addressOnly(ts []token, a mention, from, to int) bool {
	k := a.first - 1
	if k > 0 && determiners[ts[k].word] {
		k--
	}
	return from < to && (k < 0 || ts[k].word != "of") && !slices.ContainsFunc(ts[from:to], func(t token) bool { return !addressWords[t.word] && !determiners[t.word] })
}
