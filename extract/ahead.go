package extract

// Reading ahead: what the whole text says of who leads whom and who holds a post where,
// for the sentences that name a leader's men or a post before the text says whose.

// Read proposes the ties a document states.
func (rd *Reader) Read(d *Document) []Proposal {
	rd.ahead, rd.aheadFrom, rd.officesAt, rd.upTo = nil, nil, nil, 0
	rd.unled, rd.unplaced = map[string]int{}, map[string]int{}
	out := rd.read(d)
	// "Kabila's fighters walked into Kinshasa" names the AFDL, though the text says only
	// later that Kabila led it; "President Paul Kagame" is Rwanda's, as the text says
	// elsewhere: read again, knowing the leaders and the offices the whole text names, the
	// paragraphs up to the last that named a leader's men or a post before the text said
	// whose (those after read the same).
	upTo := 0
	for id, n := range rd.unled {
		if rd.leads[id] != "" {
			upTo = max(upTo, n)
		}
	}
	for id, n := range rd.unplaced {
		if rd.placed[id] != "" {
			upTo = max(upTo, n)
		}
	}
	if upTo > 0 {
		rd.ahead, rd.aheadFrom, rd.officesAt, rd.upTo = rd.leads, rd.ledFrom, rd.placed, upTo
		again := rd.read(d)
		for _, p := range out {
			if p.Paragraph > upTo {
				again = append(again, p)
			}
		}
		out = again
	}
	rd.ahead, rd.aheadFrom, rd.officesAt, rd.unled, rd.unplaced, rd.upTo = nil, nil, nil, nil, nil, 0
	return out
}
