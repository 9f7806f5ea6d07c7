/*
 * break, continue and goto leave scopes: each runs the cleanups of the
 * variables its destination is not in the scope of, innermost first.
 */
void release(int *p);
void work(int);

void loop(int n)
{
	int outer __attribute__((cleanup(release))) = 0;

	for (int i = 0; i < n; i++) {
		int in __attribute__((cleanup(release))) = i;

		if (i == 1)
			continue;
		if (i == 2)
			break;
		if (i == 3)
			goto out;
		work(in);
	}
	work(outer);
out:
	work(-1);
}

void backward(int n)
{
again:
	{
		int v __attribute__((cleanup(release))) = n;

		if (n--)
			goto again;
		switch (n) {
		case 5: {
			int w __attribute__((cleanup(release))) = 5;

			if (w == n)
				break;
			work(w);
		}
		}
	}
}

int asm_goto(void)
{
	{
		int a __attribute__((cleanup(release))) = 1;

		asm goto("" : : : : fail);
		work(a);
	}
	return 0;
fail:
	return 1;
}

/*
 * check-name: cleanup at break, continue and goto
 * check-description: continue and break release the loop body's variable,
 *	the forward goto to "out" releases it too through a block filled in
 *	when the label is reached, "outer" stays in scope there; the goto
 *	back to "again" leaves v's scope, the break out of the switch only
 *	w's; an asm goto's label out of a's scope releases a on that edge
 * check-command: klint-sparse --no-summary --dump-ir $file
 *
 * check-output-start
loop:
.L0:
	<entry-point>
	store.32    $0 -> 0[outer]
	phisrc.32   %phi1(i) <- $0
	br          .L4

.L4:
	phi.32      %r20(i) <- %phi1(i), %phi2(i)
	setlt.32    %r3 <- %r20(i), %arg1
	cbr         %r3, .L1, .L3

.L1:
	store.32    %r20(i) -> 0[in]
	seteq.32    %r6 <- %r20(i), $1
	cbr         %r6, .L7, .L6

.L7:
	call        release, in
	br          .L2

.L6:
	seteq.32    %r9 <- %r20(i), $2
	cbr         %r9, .L10, .L9

.L10:
	call        release, in
	br          .L3

.L9:
	seteq.32    %r12 <- %r20(i), $3
	cbr         %r12, .L13, .L12

.L13:
	call        release, in
	br          .L14

.L12:
	call        work, %r20(i)
	call        release, in
	br          .L2

.L2:
	add.32      %r16 <- %r20(i), $1
	phisrc.32   %phi2(i) <- %r16
	br          .L4

.L3:
	load.32     %r17 <- 0[outer]
	call        work, %r17
	br          .L14

.L14:
	call        work, $0xffffffff
	call        release, outer
	ret


backward:
.L16:
	<entry-point>
	phisrc.32   %phi7(n) <- %arg1
	br          .L17

.L17:
	phi.32      %r34(n) <- %phi7(n), %phi8(n)
	store.32    %r34(n) -> 0[v]
	add.32      %r23 <- %r34(n), $0xffffffff
	cbr         %r34(n), .L20, .L19

.L20:
	call        release, v
	phisrc.32   %phi8(n) <- %r23
	br          .L17

.L19:
	switch.32   %r23, 5 -> .L22, default -> .L21

.L22:
	store.32    $5 -> 0[w]
	seteq.32    %r29 <- %r23, $5
	cbr         %r29, .L25, .L24

.L25:
	call        release, w
	br          .L21

.L24:
	call        work, $5
	call        release, w
	br          .L21

.L21:
	call        release, v
	ret


asm_goto:
.L27:
	<entry-point>
	store.32    $1 -> 0[a]
	asm         ""
	jmp *       VOID, .L28, .L29

.L28:
	call        work, $1
	call        release, a
	phisrc.32   %phi10(return) <- $0
	br          .L30

.L29:
	call        release, a
	phisrc.32   %phi11(return) <- $1
	br          .L30

.L30:
	phi.32      %r37 <- %phi10(return), %phi11(return)
	ret.32      %r37


 * check-output-end
 */
