# SPDX-License-Identifier: GPL-2.0
#
# klint-sparse: sleep-in-atomic checking for kernel C, built on libsparse.
#
#   make            build klint-sparse (fetches and patches sparse 0.6.4)
#   make demo       build, then check examples/demo.c
#   make check      run validation/ (plain and under ASan+UBSan) and the
#                   kernel-tree test
#   make install    PREFIX=/usr/local: klint-sparse, klint-link,
#                   klint-review, the tables and the man pages
#   make bench      time klint-sparse against sparse (bench/run.sh), then
#                   the link step (bench/link.sh); make bench-link: only it
#   make fuzz       fuzz the summary reader and the link step with
#                   libFuzzer for FUZZ_TIME seconds (default 60);
#                   FUZZ_MSAN=1 under MemorySanitizer
#
# SPARSE_SRC=DIR builds against a sparse 0.6.4 tree you already have.

BUILD		?= build
PREFIX		?= /usr/local
SPARSE_TARBALL	:= $(BUILD)/sparse_0.6.4.orig.tar.gz
SPARSE_DIR	:= $(BUILD)/sparse
LIBSPARSE	:= $(SPARSE_DIR)/libsparse.a
PATCHES		:= $(sort $(wildcard sparse-patches/*.patch))
# --version: ours, from VERSION, and the sparse release the patches apply to.
KS_VERSION	:= $(shell cat VERSION)
SPARSE_VERSION	:= 0.6.4

CC		?= gcc
CFLAGS		?= -O2 -g
WARNINGS	:= -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare
KS_CFLAGS	:= $(CFLAGS) $(WARNINGS) \
		   -DANNOTATIONS_DIR='"$(PREFIX)/share/klint-sparse/annotations"'
LDLIBS		:= -lelf
SANITIZE	:= -fsanitize=address,undefined -fno-omit-frame-pointer
FUZZ_CC		?= clang
FUZZ_TIME	?= 60
# The fuzzer drives the summary reader and the link step: no libsparse.
FUZZ_CFLAGS	:= -g -O1 -fno-omit-frame-pointer $(WARNINGS) \
		   -Ichecker/klint-link -Ichecker/common
# FUZZ_MSAN=1: MemorySanitizer instead, for reads of what was never set.
ifeq ($(FUZZ_MSAN),1)
FUZZER		:= $(BUILD)/fuzz/summary-fuzz-msan
else
FUZZER		:= $(BUILD)/fuzz/summary-fuzz
endif

# Three groups of objects, as the Internals page describes them: common/
# (summaries, diagnostics, the summary-file format), linked into both
# programs; klint-sparse/ (the per-file IR analysis, linked with
# libsparse); klint-link/ (the link step: no libsparse, no IR).
COMMON_SRCS	:= $(sort $(wildcard checker/common/*.c))
CHECK_SRCS	:= $(sort $(wildcard checker/klint-sparse/*.c))
LINK_SRCS	:= $(sort $(wildcard checker/klint-link/*.c))
# The link step's objects but its main(), for the fuzzer.
LINK_LIB_SRCS	:= $(filter-out checker/klint-link/main.c,$(LINK_SRCS))
CHECK_OBJS	:= $(patsubst checker/%.c,$(BUILD)/obj/%.o,$(COMMON_SRCS) $(CHECK_SRCS))
LINK_OBJS	:= $(patsubst checker/%.c,$(BUILD)/obj/%.o,$(COMMON_SRCS) $(LINK_SRCS))
CHECK_SAN_OBJS	:= $(patsubst checker/%.c,$(BUILD)/asan/obj/%.o,$(COMMON_SRCS) $(CHECK_SRCS))
LINK_SAN_OBJS	:= $(patsubst checker/%.c,$(BUILD)/asan/obj/%.o,$(COMMON_SRCS) $(LINK_SRCS))
ALL_OBJS	:= $(sort $(CHECK_OBJS) $(LINK_OBJS) $(CHECK_SAN_OBJS) $(LINK_SAN_OBJS))

ifeq ($(V),1)
Q :=
else
Q := @
endif

all: klint-sparse klint-link

$(BUILD)/.packages: scripts/need-packages.sh
	$(Q)mkdir -p $(BUILD)
	$(Q)scripts/need-packages.sh
	$(Q)touch $@

ifdef SPARSE_SRC
SPARSE_ORIGIN := $(SPARSE_SRC)
else
SPARSE_ORIGIN := $(SPARSE_TARBALL)
$(SPARSE_TARBALL): scripts/get-sparse.sh | $(BUILD)/.packages
	$(Q)scripts/get-sparse.sh $@
endif

# Unpacked and patched in a scratch directory, then renamed: an interrupted
# build never leaves a half-patched tree behind.
$(SPARSE_DIR)/.patched: $(SPARSE_ORIGIN) $(PATCHES) | $(BUILD)/.packages
	@echo "  PATCH   sparse 0.6.4 ($(words $(PATCHES)) patches)"
	$(Q)rm -rf $(SPARSE_DIR).tmp && mkdir -p $(SPARSE_DIR).tmp
ifdef SPARSE_SRC
	$(Q)cp -a $(SPARSE_SRC)/. $(SPARSE_DIR).tmp/
else
	$(Q)tar xzf $(SPARSE_TARBALL) --strip-components=1 -C $(SPARSE_DIR).tmp
endif
	$(Q)for p in $(PATCHES); do \
		patch -s -p1 -d $(SPARSE_DIR).tmp < $$p || exit 1; done
	$(Q)rm -rf $(SPARSE_DIR) && mv $(SPARSE_DIR).tmp $(SPARSE_DIR)
	$(Q)touch $@

$(LIBSPARSE): $(SPARSE_DIR)/.patched
	@echo "  MAKE    libsparse.a"
	$(Q)$(MAKE) -C $(SPARSE_DIR) libsparse.a CFLAGS="-O2 -g" \
		> $(BUILD)/libsparse.log 2>&1 || { cat $(BUILD)/libsparse.log; exit 1; }

# The installed tables' place is compiled in: rebuild when PREFIX changes.
$(BUILD)/prefix: FORCE
	@mkdir -p $(BUILD)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' > $@

$(BUILD)/obj/klint-sparse/options.o $(BUILD)/asan/obj/klint-sparse/options.o: $(BUILD)/prefix

# Likewise the version string, when VERSION or the patch series changes.
VERSION_DEFS	:= -DKS_VERSION='"$(KS_VERSION)"' \
		   -DKS_SPARSE_VERSION='"$(SPARSE_VERSION)"' \
		   -DKS_SPARSE_PATCHES=$(words $(PATCHES))
$(BUILD)/version: FORCE
	@mkdir -p $(BUILD)
	@echo '$(VERSION_DEFS)' | cmp -s - $@ || echo '$(VERSION_DEFS)' > $@

$(BUILD)/obj/common/version.o $(BUILD)/asan/obj/common/version.o: $(BUILD)/version
$(BUILD)/obj/common/version.o $(BUILD)/asan/obj/common/version.o: KS_CFLAGS += $(VERSION_DEFS)

# Each program sees its own headers and common/'s; sparse's are reached
# as <sparse/NAME.h> only, so none of ours can be mistaken for one of its.
INCLUDES_common		:= -Ichecker/common
INCLUDES_klint-sparse	:= -Ichecker/klint-sparse -Ichecker/common -I$(BUILD)
INCLUDES_klint-link	:= -Ichecker/klint-link -Ichecker/common
includes = $(INCLUDES_$(firstword $(subst /, ,$(1))))

# Header dependencies come from the compiler (-MMD), as in sparse's
# Makefile; every object waits for libsparse.a, whose headers it may read.
$(BUILD)/obj/%.o: checker/%.c | $(LIBSPARSE)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(KS_CFLAGS) $(call includes,$*) -MMD -MP -c -o $@ $<

$(BUILD)/asan/obj/%.o: checker/%.c | $(LIBSPARSE)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(KS_CFLAGS) $(call includes,$*) $(SANITIZE) -MMD -MP -c -o $@ $<

-include $(ALL_OBJS:.o=.d)

klint-sparse: $(CHECK_OBJS) $(LIBSPARSE)
	@echo "  LD      $@"
	$(Q)$(CC) -o $@ $^ $(LDLIBS)

klint-link: $(LINK_OBJS)
	@echo "  LD      $@"
	$(Q)$(CC) -o $@ $^ $(LDLIBS)

$(BUILD)/asan/klint-sparse: $(CHECK_SAN_OBJS) $(LIBSPARSE)
	$(Q)$(CC) $(SANITIZE) -o $@ $^ $(LDLIBS)

$(BUILD)/asan/klint-link: $(LINK_SAN_OBJS)
	$(Q)$(CC) $(SANITIZE) -o $@ $^ $(LDLIBS)

demo: klint-sparse
	./klint-sparse -Ivalidation/include examples/demo.c

check: klint-sparse klint-link $(BUILD)/asan/klint-sparse $(BUILD)/asan/klint-link
	$(Q)sh validation/run-tests.sh

# One compiler call: instrumented copies of the checker's objects.
# libsparse.a stays gcc's, uninstrumented: the target never parses C.
$(BUILD)/.fuzz-packages: scripts/need-fuzz.sh
	$(Q)mkdir -p $(BUILD)
	$(Q)scripts/need-fuzz.sh $(FUZZ_CC)
	$(Q)touch $@

$(BUILD)/fuzz/summary-fuzz: validation/fuzz/summary-fuzz.c $(COMMON_SRCS) \
			    $(LINK_LIB_SRCS) | $(BUILD)/.fuzz-packages
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=undefined -o $@ \
		validation/fuzz/summary-fuzz.c $(COMMON_SRCS) $(LINK_LIB_SRCS) $(LDLIBS)

# libelf is not instrumented: fine, the target never calls it.
$(BUILD)/fuzz/summary-fuzz-msan: validation/fuzz/summary-fuzz.c $(COMMON_SRCS) \
				 $(LINK_LIB_SRCS) | $(BUILD)/.fuzz-packages
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer,memory \
		-fsanitize-memory-track-origins -o $@ \
		validation/fuzz/summary-fuzz.c $(COMMON_SRCS) $(LINK_LIB_SRCS) $(LDLIBS)

fuzz: klint-sparse klint-link $(FUZZER)
	$(Q)sh validation/fuzz/run.sh $(FUZZER) ./klint-sparse ./klint-link \
		$(BUILD)/fuzz $(FUZZ_TIME)

# One after the other: timings taken side by side would disturb each other.
bench: klint-sparse klint-link
	$(Q)sh bench/run.sh
	$(Q)sh bench/link.sh

bench-link: klint-sparse klint-link
	$(Q)sh bench/link.sh

install: klint-sparse klint-link
	install -d $(DESTDIR)$(PREFIX)/bin \
		$(DESTDIR)$(PREFIX)/share/klint-sparse/annotations \
		$(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 klint-sparse klint-link scripts/klint-review \
		$(DESTDIR)$(PREFIX)/bin/
	install -m 644 annotations/*.tbl \
		$(DESTDIR)$(PREFIX)/share/klint-sparse/annotations/
	install -m 644 Documentation/klint-sparse.1 Documentation/klint-link.1 \
		Documentation/klint-review.1 $(DESTDIR)$(PREFIX)/share/man/man1/

clean:
	rm -rf $(BUILD)/obj $(BUILD)/asan $(BUILD)/fuzz/summary-fuzz* klint-sparse klint-link

distclean:
	rm -rf $(BUILD) klint-sparse klint-link

.PHONY: all demo check fuzz bench bench-link install clean distclean FORCE
