package extract

// Reading ahead: what the whole text says of who leads whom and who holds a post where,
// for the sentences that name a leader's men or a post before the text says whose.

// Read proposes the ties a document states.
func (rd *Reader) Read(d *Document) []Proposal {
	rd.ahead, rd.aheadFrom, rd.officesAt = nil, nil, nil
	rd.unled, rd.unplaced = map[string]bool{}, map[string]bool{}
	out := rd.read(d)
	// "Kabila's fighters walked into Kinshasa" names the AFDL, though the text says only
	// later that Kabila led it; "President Paul Kagame" is Rwanda's, as the text says
	// elsewhere: read again, knowing the leaders and the offices the whole text names,
	// where it named a leader's men or a post before it said whose.
	again := false
	for id := range rd.unled {
		again = again || rd.leads[id] != ""
	}
	for id := range rd.unplaced {
		again = again || rd.placed[id] != ""
	}
	if again {
		rd.ahead, rd.aheadFrom, rd.officesAt = rd.leads, rd.ledFrom, rd.placed
		out = rd.read(d)
	}
	rd.ahead, rd.aheadFrom, rd.officesAt, rd.unled, rd.unplaced = nil, nil, nil, nil, nil
	return out
}
