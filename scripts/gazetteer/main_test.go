package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun: formally organized groups only (Org 1), a renamed group as two lines (its
// names before and after), names that read as proper names only, the names in the
// group's own language last, a field listing several names split at its commas where
// each is a name of its own (not "Independent, Neutral, Peaceful"), the column order of
// UCDP's file not assumed. The rows are those of UCDP's Actor Dataset 22.1 for the groups
// named (ids 366, 1158, 130, 270 and 273), cut to the columns the script reads, with one
// made-up row for a common word.
func TestRun(t *testing.T) {
	csv := "\ufeffOrg,ActorId,NameData,NameOrig,NameOrigFullEng,NameChange,NewName,NewNameFullEng,NameOrigFull,NewNameFullMotherTongue\n" +
		"1,366,Hezbollah,Hezbollah,Party of God,0,,,Hizb Allah,\n" +
		"1,1158,CMA,MNLA,National Movement for the Liberation of Azawad,1,CMA,Coordination of Azawad Movements,n/a,Coordination des Mouvements de l'Azawad\n" +
		"4,130,Government of Afghanistan,Government of Afghanistan,Government of Afghanistan,0,,,,\n" +
		"1,270,KR,KR,Red Khmers,1,\"FUNK, KR\",\"National United Front of Kampuchea, Red Khmers\",Khmer Rouge,\n" +
		"1,273,FUNCINPEC,FUNCINPEC,\"United National Front for an Independent, Neutral, Peaceful and Cooperative Cambodia\",0,,,,\n" +
		"1,9999,Elements,Elements,Syrian insurgents,0,,,,\n"
	path := filepath.Join(t.TempDir(), "actors.csv")
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := run(path, &out); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for l := range strings.SplitSeq(out.String(), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	want := []string{
		"366\tParty of God\tParty of God|Hezbollah|Hizb Allah",
		"1158\tNational Movement for the Liberation of Azawad\tNational Movement for the Liberation of Azawad|MNLA",
		"1158\tCoordination of Azawad Movements\tCoordination of Azawad Movements|CMA", // "l'Azawad" opens with a small letter
		"270\tRed Khmers\tRed Khmers|KR|Khmer Rouge",
		"270\tNational United Front of Kampuchea\tNational United Front of Kampuchea|Red Khmers|FUNK|KR",
		"273\tFUNCINPEC\tFUNCINPEC",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("wrote\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestRunRefusesAnotherFile: a file without UCDP's columns is refused with the column
// missing.
func TestRunRefusesAnotherFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.csv")
	if err := os.WriteFile(path, []byte("id,name\n1,x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := run(path, &strings.Builder{})
	if err == nil || !strings.Contains(err.Error(), "no column ActorId") {
		t.Errorf("error %v, want one naming the column ActorId", err)
	}
}
