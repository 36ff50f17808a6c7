// Package cases embeds the cases that ship with alliances. The default is the
// Afghanistan 2021 case, built from Antonio Giustozzi's analysis "Alliances Were Key to
// the Taliban Takeover of Afghanistan" (New Lines Institute, 9 September 2021): the
// local deals, defecting factions and regional support behind the Taliban's takeover.
package cases

import _ "embed"

//go:embed afghanistan-2021.yaml
var afghanistan2021 []byte

// DefaultName is the file name of the default case, as diagnostics name it.
const DefaultName = "cases/afghanistan-2021.yaml"

// Default returns the case file of the default case.
func Default() []byte { return afghanistan2021 }
