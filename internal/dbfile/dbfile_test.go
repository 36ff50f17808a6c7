package dbfile

import (
	"path/filepath"
	"runtime"
	"testing"
)

// TestDataDirIgnoresRelativeXDG: the XDG Base Directory specification says a relative
// path in $XDG_DATA_HOME is invalid and must be ignored; the default ~/.local/share
// applies then, as when it is unset.
func TestDataDirIgnoresRelativeXDG(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		t.Skip("XDG_DATA_HOME is read on Unix systems other than macOS")
	}
	home := filepath.Join(string(filepath.Separator), "home", "analyst")
	tests := []struct {
		xdg, want string
	}{
		{"", filepath.Join(home, ".local", "share")},
		{"data", filepath.Join(home, ".local", "share")},
		{"./data", filepath.Join(home, ".local", "share")},
		{"~/data", filepath.Join(home, ".local", "share")}, // no shell expands it: relative
		{"/srv/data", "/srv/data"},
	}
	for _, tt := range tests {
		env := map[string]string{"HOME": home, "XDG_DATA_HOME": tt.xdg}
		got, err := DataDir(func(k string) string { return env[k] })
		if err != nil || got != tt.want {
			t.Errorf("XDG_DATA_HOME=%q: DataDir = %q, %v; want %q", tt.xdg, got, err, tt.want)
		}
	}
}
