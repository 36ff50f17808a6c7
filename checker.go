package alliances

import "slices"

// A Checker finds the problems Validate finds, in a record given a part at a time: for
// a reader that streams a large case's ties and keeps none of them once checked. It is
// made with the case, its sources and its actors; then come the ties, then the events,
// each with its index in its list and without its citations; then the citations, each
// with the index of its claim and its own among the claim's citations; then Done.
// Problems come in another order than Validate's (a reader places and sorts them).
type Checker struct {
	v *validator
}

// NewChecker checks a case's id and title, its sources and its actors.
func NewChecker(caseID, title string, sources []Source, actors []Actor) *Checker {
	v := newValidator(caseID, title)
	v.copies = true
	v.checkCase()
	v.collectSources(sources)
	v.collectActors(actors)
	for i := range sources {
		v.checkSource(i, &sources[i])
	}
	for i := range actors {
		v.checkActor(i, &actors[i])
	}
	return &Checker{v}
}

// Tie checks tie i, but for its citations: every tie comes before the first event.
func (c *Checker) Tie(i int, t *Tie) {
	c.v.register("ties", i, t.ID)
	c.v.checkTie(i, t)
}

// Event checks event i, but for its citations.
func (c *Checker) Event(i int, e *Event) {
	c.v.register("events", i, e.ID)
	c.v.checkEvent(i, e)
}

// Citation checks citation j of element i of list ("ties" or "events"); with j < 0,
// a citation that is itself element i of list, such as a row of a table of citations
// whose claim is unknown ("citations[7].source").
func (c *Checker) Citation(list string, i, j int, cit *Citation) {
	at := element(list, i)
	if j >= 0 {
		at = at.citation(j)
	}
	c.v.checkCitation(at, cit)
}

// Uncited reports element i of list ("ties" or "events"), which no citation supports.
func (c *Checker) Uncited(list string, i int) { c.v.uncited(element(list, i)) }

// Defined returns where an id given so far is defined first: element i of list
// ("sources", "actors", "ties" or "events").
func (c *Checker) Defined(id string) (list string, i int, ok bool) {
	d, ok := c.v.ids.get(id)
	return d.listName(), int(d.i), ok
}

// IDs returns the ids given so far of the elements of list, in their order: the first
// of an id given twice.
func (c *Checker) IDs(list string) []string {
	return c.v.ids.of(uint8(slices.Index(listNames, list)))
}

// Problems returns the problems found so far, but for those of the record as a whole.
func (c *Checker) Problems() []Problem { return c.v.problems }

// Done runs the checks of the record as a whole (loops of membership ties, ties
// without a basis) and returns every problem found.
func (c *Checker) Done() []Problem {
	c.v.done()
	return c.v.problems
}
