package extract

// The words of a stance toward another set beside a name, as an aside or after a verb
// of a state kept.

// bearings are the adjectives of a stance toward another that open an aside before "to" or
// "with": "the RFC, close to Khartoum, attacked Abéché".
var bearings = map[string]bool{"close": true, "closer": true, "loyal": true, "hostile": true, "friendly": true, "sympathetic": true,
	"faithful": true, "answerable": true, "subordinate": true, "beholden": true}

// staying are the verbs of a state kept or come to, which a participle of a stance may
// follow as an adjective: "the RFC remained loyal to Sudan".
var staying = map[string]bool{"remained": true, "remains": true, "remain": true, "stayed": true, "stays": true, "stay": true,
	"became": true, "becomes": true, "become": true, "seemed": true, "seems": true, "appeared": true, "appears": true, "proved": true}
