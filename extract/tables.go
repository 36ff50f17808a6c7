package extract

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// The cells of a table of belligerents, as Wikipedia's lists of armed groups give them
// (one column a side): "🇱🇾 **Libyan Interim Government** (Tobruk-based) * Libyan
// National Army * Libyan Ground Forces ... **Allied armed groups:** * Wagner Group ...
// **Supported by**: *🇫🇷 France *🇺🇸 United States (until 2016)". A cell's first entry is
// its side; the entries under a bold one ("* Libyan National Army") are its elements; those
// after "Allied ...:" are allied to the side, and those after "Supported by:" support it,
// each in the time its parentheses give ("until 2016", "since Jan. 2020", "2014–16").

// cellItem is one entry of a cell: its depth (0 a top entry, 1 after "*", 2 after "**"),
// its text's byte span in the document, whether it is written in bold, and the label
// ("allied", "supported") of the list it stands in.
type cellItem struct {
	depth      int
	start, end int
	bold       bool
	label      string
	labelText  string // the label as written: "Logistical Support"
	remarkEnd  int    // where the remarks after a bold entry end: "**Burundi** (since October 2023)"
}

// remarked returns an entry's text with the remarks after it: its times, doubts and
// restrictions.
func (it cellItem) remarked(d *Document) string {
	return d.Text[it.start:max(it.end, it.remarkEnd)]
}

// cellLabel reads a list's label: "**Allied armed groups:**", "**Supported by**:".
var cellLabel = regexp.MustCompile(`(?i)^\*\*\s*(allied[^*:]*|supported by|[a-z ]*support|backed by|former)\s*:?\s*\*\*\s*:?`)

// cellItems cuts a cell into its entries. A run of stars followed by a space, or
// starting an entry, opens an entry at that depth; "**X**" is a bold entry.
func cellItems(text string, base int) []cellItem {
	out, _, _ := cellItemsFrom(text, base, "", "")
	return out
}

// cellItemsFrom cuts a cell into its entries as cellItems does, in the list of the label
// given (a label of a row above, in a table that lists a side down its column), and
// returns the label the cell ends in.
func cellItemsFrom(text string, base int, label, labelText string) ([]cellItem, string, string) {
	var out []cellItem
	i := 0
	for i < len(text) {
		// A flag opens a top entry ("🇱🇾 **Libyan Interim Government**", "🇪🇬 Egypt"), and
		// so does a name after a wide gap ("Brigades   Syrian National Army").
		flagged := strings.HasPrefix(text[i:], "   ") || strings.HasSuffix(text[:i], "   ")
		for i < len(text) {
			if r, n := utf8.DecodeRuneInString(text[i:]); r == ' ' || flagRune(r) {
				flagged = flagged || flagRune(r)
				i += n
				continue
			}
			break
		}
		if i >= len(text) {
			break
		}
		if m := cellLabel.FindStringSubmatchIndex(text[i:]); m != nil {
			label, labelText = "allied", text[i+m[2]:i+m[3]]
			if w := strings.ToLower(labelText); w == "former" {
				label = "former" // "**Former:**": those once on the side, read as no tie
			} else if strings.Contains(w, "support") || strings.Contains(w, "backed") {
				label = "supported"
				if strings.Contains(w, "alleged") {
					label = "supported, alleged" // "**Alleged support**:"
				}
			}
			i += m[1]
			continue
		}
		stars := 0
		for i+stars < len(text) && text[i+stars] == '*' {
			stars++
		}
		bold := false
		start := i + stars
		end := start
		if stars == 2 {
			// "**Libyan Interim Government**": bold where a closing pair follows a word.
			if k := strings.Index(text[start:], "**"); k > 0 && text[start+k-1] != ' ' && text[start] != ' ' {
				bold, end = true, start+k
			}
		}
		if !bold {
			// The entry runs to the next star that opens another, or to a flag after
			// spaces, which opens a top entry: "Russian Imperial Legion  🇪🇬 Egypt".
			end = len(text)
			for k := start + 1; k < len(text); k++ {
				if text[k] == '*' && text[k-1] == ' ' {
					end = k
					break
				}
				if r, _ := utf8.DecodeRuneInString(text[k:]); flagRune(r) && text[k-1] == ' ' && k > start+1 ||
					unicode.IsUpper(r) && k >= start+3 && strings.HasSuffix(text[:k], "   ") {
					end = k // "Sabratha Revolutionary Brigades   Syrian National Army": two entries
					break
				}
			}
		}
		depth := stars
		if bold {
			depth = 0
		}
		if stars == 0 && !flagged && len(out) > 0 {
			depth = out[len(out)-1].depth // words after a bold entry's close, not a new entry
		}
		if s, e := trimSpan(text, start, end); e > s {
			out = append(out, cellItem{depth: depth, start: base + s, end: base + e, bold: bold, label: label, labelText: labelText, remarkEnd: base + e})
		}
		i = end
		if bold {
			i += 2
			// What follows a bold entry before the next star belongs to it: "(Tobruk-based)".
			for i < len(text) && text[i] != '*' {
				i++
			}
			if _, e := trimSpan(text, start, i); len(out) > 0 && out[len(out)-1].bold {
				out[len(out)-1].remarkEnd = base + e
			}
		}
	}
	return out, label, labelText
}

// flagRune reports whether r is one of the regional indicators that write a flag: "🇪🇬".
func flagRune(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// trimSpan trims the spaces around text[start:end].
func trimSpan(text string, start, end int) (int, int) {
	for start < end && text[start] == ' ' {
		start++
	}
	for end > start && text[end-1] == ' ' {
		end--
	}
	return start, end
}

// cellTimeRE finds a time in parentheses, among other remarks or alone: "(until 2016)",
// "(since Jan. 2020)", "(2014–16)", "(arms, until 2018)".
var cellTimeRE = regexp.MustCompile(`\((?:[^()]*?[,;]\s*)?(until|since|from)?\s*(early|mid|late)?[\s-]*(?:([A-Z][a-z]{2,8})\.?\s+)?(\d{4})(?:\s*[–-]\s*(\d{2,4}))?(?:[,;][^()]*)?\)`)

// cellTime reads the time a cell's entry gives in parentheses: "(until 2016)" /2016,
// "(since Jan. 2020)" 2020-01/.., "(from 2016)" 2016/.., "(2014–16)" 2014/2016; "" else.
func cellTime(text string) string {
	m := cellTimeRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	year := m[4]
	if m[3] != "" {
		if mo := monthNumber(m[3]); mo != "" {
			year += "-" + mo
		}
	}
	if m[2] != "" {
		year += "~" // "(from late 2015)": about then
	}
	switch {
	case m[1] == "until":
		return "/" + year
	case m[1] != "":
		return year + "/.."
	case m[5] != "":
		end := m[5]
		if len(end) == 2 {
			end = m[4][:2] + end
		}
		return m[4] + "/" + end
	}
	return ""
}

// monthNumber is the two digits of a month's name or its abbreviation ("Jan."), or "".
func monthNumber(w string) string {
	w = strings.ToLower(w)
	for i, m := range strings.Split(months, "|") {
		if len(w) >= 3 && strings.HasPrefix(m, w) {
			return fmt.Sprintf("%02d", i+1)
		}
	}
	return ""
}

// readTable proposes the ties the cells of a table of belligerents give: the elements of
// each bold entry, and the allies and supporters of the cell's side.
//
// A cell that opens with a list's label ("**Alleged support:** * Syria * Qatar") names no
// side of its own: where a row has more cells than the table has columns, it goes on with
// the list of the cell before it, whose side it keeps; else it gives nothing.
func (rd *Reader) readTable(d *Document, p Paragraph) []Proposal {
	var out []Proposal
	cells, rows := tableCells(d, p)
	lines := strings.Split(d.Text[p.Start:p.End], "\n")
	columns := len(rowCells(lines[0]))
	side := ""
	for i, cell := range cells {
		if i > 0 && rows[i] != rows[i-1] || len(rowCells(lines[rows[i]])) <= columns {
			side = ""
		}
		props, s := rd.readCell(d, p, cell, side)
		out, side = append(out, props...), s
	}
	return out
}

// rowCells returns the cells of a table's row that hold words.
func rowCells(line string) []string {
	var out []string
	for _, c := range strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|") {
		if strings.TrimSpace(c) != "" {
			out = append(out, c)
		}
	}
	return out
}

// readCell reads one cell's entries (see readTable), the cell going on with the side
// given where it opens with a list's label, and returns its side.
func (rd *Reader) readCell(d *Document, p Paragraph, items []cellItem, before string) ([]Proposal, string) {
	var out []Proposal
	actor := func(it cellItem) string {
		ms := rd.mentionsAfter(tokens(d.Text[it.start:it.end], it.start), "", nil)
		if len(ms) == 0 || ms[0].first > 0 {
			return "" // the entry does not begin with a name the reader knows ("Warshefana militias")
		}
		return ms[0].id
	}
	if len(items) == 0 {
		return nil, ""
	}
	side, head := actor(items[0]), "" // the cell's first entry, if the reader knows it; the top entry above
	first := 0                        // the entry that names the side, read as no tie
	if items[0].label != "" {
		side, first = before, -1 // "| **Supported by:** * Iran": the side of the cell before, or none
	}
	label := ""
	var under [4]string // the entries last read at each depth
	for n, it := range items {
		alleged := strings.HasSuffix(it.label, ", alleged")
		if l := strings.TrimSuffix(it.label, ", alleged"); l != label {
			label, head = l, "" // a list's label: what follows is the list's, until a top entry
			under = [4]string{}
		}
		id := actor(it)
		if it.depth == 0 {
			head = id
		}
		// The entry a deeper one is nested under: "*Alliance of Yemeni Tribes ** Al-Islah".
		parent := head
		for k := min(it.depth, len(under)) - 1; k >= 1; k-- {
			if under[k] != "" {
				parent = under[k]
				break
			}
		}
		if it.depth < len(under) {
			under[it.depth] = id
			clear(under[it.depth+1:])
		}
		if id == "" || side == "" || n == first || label == "former" {
			continue
		}
		var t alliances.Tie
		var why string
		switch {
		case label == "supported" && it.depth == 1 && id != side:
			t, why = alliances.Tie{Subject: id, Object: side, Kind: alliances.Support}, "table: listed as supporting "+side
			if only := rd.remarkActor(d, it, "only"); only != "" && only != id { // "🇶🇦 Qatar (only Al-Islah)"
				t.Object, why = only, "table: listed as supporting "+side+", only "+only
			}
		case it.depth >= 1 && parent != "" && id != parent && (rd.kinds[id] != "state" || coalitionKinds[rd.kinds[parent]]) &&
			(label != "supported" || parent != head && rd.stateUnit(d, it, parent)):
			// Under a supporter, only a state's own units are its elements ("*🇮🇹 Italy
			// **Italian Marines"), not the groups it brings ("*🇮🇷 Iran **Hezbollah").
			// A state is an element of a coalition or a mission it is listed under
			// ("Saudi-led coalition * Saudi Arabia * Bahrain"), of nothing else.
			t, why = alliances.Tie{Subject: id, Object: parent, Kind: alliances.Membership, Role: alliances.Element}, "table: listed under "+parent
		case (it.depth == 0 || label == "allied" && it.depth == 1 && head == "") && id != side && label != "supported":
			t, why = alliances.Tie{Subject: id, Object: side, Kind: alliances.Alliance}, "table: listed on the side of "+side
		}
		if t.Kind == "" {
			continue
		}
		t.Status = alliances.Reported
		text := it.remarked(d)
		cues := []string{why}
		remarks := strings.Join(parenthetical.FindAllString(text, -1), " ")
		if alleged || hedgedRemark.MatchString(remarks) {
			t.Status = alliances.Alleged
			hedge := it.labelText // "Alleged support", or the remark that hedges: "(alleged, denied)"
			if !alleged {
				hedge = strings.TrimSpace(remarks)
			}
			cues = append(cues, "hedge: "+hedge)
		}
		if t.Kind == alliances.Support {
			t.Forms, cues = rd.cellForms(remarks+" "+it.labelText, cues)
		}
		valid, cue := cellTime(text), ""
		if valid != "" {
			cue = "time: " + text
		}
		if prop, ok := rd.finish(d, p, Span{it.start, it.end}, t, cues, valid, cue, 0.6); ok {
			out = append(out, prop)
		}
		// "Spear Operations Group (against Al-Islah)": the entry's enemy.
		if foe := rd.remarkActor(d, it, "against"); foe != "" && foe != id {
			t := alliances.Tie{Subject: id, Object: foe, Kind: alliances.Hostility, Status: t.Status}
			if prop, ok := rd.finish(d, p, Span{it.start, it.end}, t, []string{"table: listed as against " + foe}, valid, cue, 0.6); ok {
				out = append(out, prop)
			}
		}
	}
	return out, side
}

// coalitionKinds are the kinds of entry whose states listed under it are its members: a
// coalition, a mission ("SADC Mission in the DRC"), an international organization.
var coalitionKinds = map[string]bool{"coalition": true, "international-organization": true, "other": true}

// stateUnit reports whether the entry names a unit of the state given by the state's own
// word at its start ("Italian Marines" of Italy) or is a state's organ.
func (rd *Reader) stateUnit(d *Document, it cellItem, state string) bool {
	ts := tokens(d.Text[it.start:it.end], it.start)
	if len(ts) == 0 || rd.kinds[state] != "state" {
		return false
	}
	ms := rd.mentionsAfter(ts, "", nil)
	if len(ms) > 0 && rd.kinds[ms[0].id] == "state-organ" {
		return true
	}
	w := ts[0].word
	return rd.rules.Aliases[w] == state || rd.names[spelling(w)] == state
}

// hedgedRemark finds the words of a remark in parentheses that leave an entry in doubt:
// "(alleged, denied)", "(accused by Saudi Arabia and allies, denied)".
var hedgedRemark = regexp.MustCompile(`(?i)\b(alleged|allegedly|accused|denied|disputed|reportedly|unconfirmed|claimed|suspected)\b`)

// remarkActor returns the actor named right after a word of an entry's remarks in
// parentheses, the remark's first word or one after a comma: "(only Al-Islah)", the one a
// supporter's support is restricted to; "(against the Tatmadaw, arms)", an entry's enemy;
// "" where none.
func (rd *Reader) remarkActor(d *Document, it cellItem, word string) string {
	for _, loc := range parenthetical.FindAllStringIndex(it.remarked(d), -1) {
		from := it.start + loc[0]
		ts := tokens(d.Text[from:it.start+loc[1]], from)
		ms := rd.mentionsAfter(ts, "", nil)
		for k, t := range ts {
			if t.word != word || k > 0 && !strings.Contains(t.pre, ",") {
				continue
			}
			at := k + 1
			if at < len(ts) && ts[at].word == "the" {
				at++
			}
			for _, m := range ms {
				if m.first == at {
					return m.id
				}
			}
		}
	}
	return ""
}

// cellForms returns the forms of support a supporter's remarks and its list's label name
// ("(arms, until 2018)", "Logistical Support"), with the cues that name them.
func (rd *Reader) cellForms(words string, cues []string) ([]alliances.Form, []string) {
	var out []alliances.Form
	ts := tokens(words, 0)
	forms := rd.relation(alliances.Support).Forms
	for _, f := range slices.Sorted(maps.Keys(forms)) {
		if w, ok := rd.has(ts, 0, len(ts), forms[f]...); ok {
			out = append(out, alliances.Form(f))
			cues = append(cues, "form "+f+": "+w)
		}
	}
	return out, cues
}

// discoverTable proposes the names a table of belligerents lists that the reader does not
// know, one an entry (its parentheses left out: "Libyan Interim Government (Tobruk-based)"),
// of the kind its form gives, else of a kind the reviewer says; not a state's name, found
// as states are.
func (rd *Reader) discoverTable(d *Document, p Paragraph, orgKind func([]string) (string, string)) []Found {
	var out []Found
	cells, _ := tableCells(d, p)
	for _, it := range slices.Concat(cells...) {
		raw := d.Text[it.start:it.end]
		// "🇾🇪 Supreme Political Council": the flag is no part of the name.
		name := strings.TrimSpace(strings.TrimLeftFunc(strings.Trim(parenthetical.ReplaceAllString(raw, ""), " *:"), func(r rune) bool { return r == ' ' || flagRune(r) }))
		words := strings.Fields(name)
		if len(words) == 0 || len(words) > 8 || strings.ContainsAny(name, ":*()[]<>") || strings.Contains(name, ".svg") {
			continue // no name: a label, markup, a picture's file
		}
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) || rd.stateName(words) {
			continue
		}
		folded := strings.TrimPrefix(alliances.Fold(name), "the ")
		if _, known := rd.names[spelling(folded)]; known {
			continue
		}
		kind, _ := orgKind(words)
		if last := words[len(words)-1]; kind == "" && len(words) >= 2 {
			// "Saudi-led coalition": an entry's noun of kind, in lower case.
			kind, _ = orgKind(append(slices.Clone(words[:len(words)-1]), strings.ToUpper(last[:1])+last[1:]))
		}
		if kind == "" {
			kind = "other"
		}
		id := rd.freeID(strings.ReplaceAll(folded, " ", "-"))
		rd.add(name, id)
		rd.kinds[id] = kind
		at := it.start + strings.Index(raw, name)
		out = append(out, Found{Actor: alliances.Actor{ID: id, Name: name, Kind: kind}, Paragraph: p.N, Quote: name, Document: d.Name,
			Why: "an entry of a table of belligerents", Confidence: 0.6, Start: at, End: at + len(name)})
	}
	return out
}

// parenthetical is a remark in parentheses: "(Tobruk-based)", "(until 2016)".
var parenthetical = regexp.MustCompile(`\s*\([^)]*\)`)

// tableCells returns the entries of each cell of a table of belligerents that holds a
// bold entry or a list's label (the cells that list a side), and the row of each.
func tableCells(d *Document, p Paragraph) (cells [][]cellItem, rows []int) {
	if cols := columnCells(d, p); cols != nil {
		return cols, make([]int, len(cols))
	}
	for row, line := range strings.Split(d.Text[p.Start:p.End], "\n") {
		lineStart := p.Start + strings.Index(d.Text[p.Start:p.End], line)
		off := 0
		for _, cell := range strings.Split(line, "|") {
			base := lineStart + off
			off += len(cell) + 1
			if strings.Contains(cell, "**") {
				cells, rows = append(cells, cellItems(cell, base)), append(rows, row)
			}
		}
	}
	return cells, rows
}

// columnCells reads a table that lists each side down its column, an entry a row ("|
// **Democratic Republic of the Congo** | **March 23 Movement** |", then "| * FARDC | * AFC
// |"): each column's entries, in row order, as one cell, a list's label carried down it.
// Nil unless three rows or more follow the header and the first names a side in bold in
// each of its cells.
func columnCells(d *Document, p Paragraph) [][]cellItem {
	type cell struct {
		text string
		base int
	}
	var rows [][]cell
	at := p.Start
	for i, line := range strings.Split(d.Text[p.Start:p.End], "\n") {
		start := at
		at += len(line) + 1
		if i == 0 || strings.Trim(line, "|-: \t") == "" {
			continue // the header, the separator
		}
		parts := strings.Split(line, "|")
		var row []cell
		off := 0
		for k, part := range parts {
			if k > 0 && k < len(parts)-1 || k == 0 && !strings.HasPrefix(line, "|") && strings.TrimSpace(part) != "" {
				row = append(row, cell{part, start + off})
			}
			off += len(part) + 1
		}
		rows = append(rows, row)
	}
	if len(rows) < 3 || len(rows[0]) < 2 || slices.ContainsFunc(rows[0], func(c cell) bool { return !strings.Contains(c.text, "**") }) {
		return nil
	}
	cols := make([][]cellItem, len(rows[0]))
	labels := make([][2]string, len(rows[0]))
	for _, row := range rows {
		for j := range min(len(row), len(cols)) {
			items, l, lt := cellItemsFrom(row[j].text, row[j].base, labels[j][0], labels[j][1])
			cols[j], labels[j] = append(cols[j], items...), [2]string{l, lt}
		}
	}
	return cols
}
