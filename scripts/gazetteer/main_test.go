package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun: formally organized groups only (Org 1), a renamed group as two lines (its
// names before and after), names that read as proper names only, the column order of
// UCDP's file not assumed. The rows are those of UCDP's Actor Dataset 22.1 for the groups
// named (ids 366, 1158 and 130), cut to the columns the script reads, with one made-up
// row for a common word.
func TestRun(t *testing.T) {
	csv := "\ufeffOrg,ActorId,NameData,NameOrig,NameOrigFullEng,NameChange,NewName,NewNameFullEng\n" +
		"1,366,Hezbollah,Hezbollah,Party of God,0,,\n" +
		"1,1158,CMA,MNLA,National Movement for the Liberation of Azawad,1,CMA,Coordination of Azawad Movements\n" +
		"4,130,Government of Afghanistan,Government of Afghanistan,Government of Afghanistan,0,,\n" +
		"1,9999,Elements,Elements,Syrian insurgents,0,,\n"
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
		"366\tParty of God\tParty of God|Hezbollah",
		"1158\tNational Movement for the Liberation of Azawad\tNational Movement for the Liberation of Azawad|MNLA",
		"1158\tCoordination of Azawad Movements\tCoordination of Azawad Movements|CMA",
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
