# SPDX-License-Identifier: GPL-2.0
# Split a test in sparse's format for run-tests.sh: writes d/name, d/cmd,
# d/exit, d/known, d/exp.output, d/exp.error, and d/bad for each mistake.

function bad(msg)
{
	printf "%s:%d: %s\n", FILENAME, FNR, msg > (d "/bad")
}

function once(tag)
{
	if (seen[tag]++)
		bad(tag " given twice")
}

blk != "" {
	if ($0 ~ "^ \\* check-" blk "-end[ \t]*$")
		blk = ""
	else
		print > (d "/exp." blk)
	next
}

/^ \* check-[a-z-]+/ {
	line = substr($0, 4)
	tag = line
	sub(/[: \t].*$/, "", tag)
	val = substr(line, length(tag) + 1)
	colon = sub(/^:/, "", val)
	sub(/^[ \t]+/, "", val)
	sub(/[ \t]+$/, "", val)
	once(tag)
	ntags++

	if (tag == "check-output-start" || tag == "check-error-start") {
		blk = tag
		sub(/^check-/, "", blk)
		sub(/-start$/, "", blk)
		printf "" > (d "/exp." blk)
	} else if (tag == "check-known-to-fail") {
		print "" > (d "/known")
	} else if (tag ~ /^check-(name|command|exit-value)$/) {
		if (!colon || val == "")
			bad(tag ": needs a value")
		else if (tag == "check-exit-value" && val !~ /^[0-9]+$/)
			bad(tag ": not a number: " val)
		file = tag == "check-name" ? "name" : \
		       tag == "check-command" ? "cmd" : "exit"
		print val > (d "/" file)
		got[file] = 1
	} else if (tag ~ /^check-(output|error)-end$/) {
		bad(tag " without a start")
	} else if (tag != "check-description" && tag != "check-note") {
		bad("unknown tag " tag)
	}
}

END {
	if (blk != "")
		bad("check-" blk "-start without check-" blk "-end")
	if (ntags && !got["name"])
		bad("check- tags but no check-name")
	if (!got["exit"])
		print 0 > (d "/exit")
}
