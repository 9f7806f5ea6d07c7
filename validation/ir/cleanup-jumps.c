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

/*
 * check-name: cleanup at break, continue and goto
 * check-description: continue and break release the loop body's variable,
 *	the forward goto to "out" releases it too through a block filled in
 *	when the label is reached, "outer" stays in scope there; the goto
 *	back to "again" leaves v's scope, the break out of the switch only
 *	w's
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
	cbr         %r6, .L5, .L6

.L5:
	call        release, in
	br          .L2

.L6:
	seteq.32    %r9 <- %r20(i), $2
	cbr         %r9, .L7, .L8

.L7:
	call        release, in
	br          .L3

.L8:
	seteq.32    %r12 <- %r20(i), $3
	cbr         %r12, .L12, .L10

.L12:
	call        release, in
	br          .L11

.L10:
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
	br          .L11

.L11:
	call        work, $0xffffffff
	call        release, outer
	ret


backward:
.L14:
	<entry-point>
	phisrc.32   %phi7(n) <- %arg1
	br          .L15

.L15:
	phi.32      %r34(n) <- %phi7(n), %phi8(n)
	store.32    %r34(n) -> 0[v]
	add.32      %r23 <- %r34(n), $0xffffffff
	cbr         %r34(n), .L16, .L17

.L16:
	call        release, v
	phisrc.32   %phi8(n) <- %r23
	br          .L15

.L17:
	switch.32   %r23, 5 -> .L19, default -> .L18

.L19:
	store.32    $5 -> 0[w]
	seteq.32    %r29 <- %r23, $5
	cbr         %r29, .L20, .L21

.L20:
	call        release, w
	br          .L18

.L21:
	call        work, $5
	call        release, w
	br          .L18

.L18:
	call        release, v
	ret


 * check-output-end
 */
