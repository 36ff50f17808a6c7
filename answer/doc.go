// Package answer answers an analyst's questions about a case as typed results: the
// snapshot a question reads (Params), the case loaded once (Record), and for each
// analysis its numbers, a reading in plain words, the warnings that say when not to
// trust it, and the ties behind each number. The command line prints these results,
// the API encodes them and the web app draws them, so the three agree by construction.
//
// A parameter that cannot be taken as given is a *ParamError, whose message names the
// parameter as the command line spells it (--at, --layers).
package answer
