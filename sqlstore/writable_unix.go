//go:build unix

package sqlstore

import "syscall"

// writable reports whether this process may write path (a file, or a directory to
// create files in), asking the operating system without writing anything.
func writable(path string) bool {
	const wOK = 2 // W_OK of access(2)
	return syscall.Access(path, wOK) == nil
}
