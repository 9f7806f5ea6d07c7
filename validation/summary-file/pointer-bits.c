/*
 * check-name: what stores put in function pointer fields, and a test of one
 * check-description: the bits lines of pointer fields (nonnull, any)
 *	and the field-expect line of a NULL test; Documentation/summary-format.rst.
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/s.klint $file && grep -E "^(bits|.field-expect)" $t/s.klint; rm -rf $t
 *
 * check-output-start
	field-expect full_ops.x ne 0 live 0x1 0.. 0.. 0.. 0.. 0..
bits inner_ops x any
bits run_ops addr any
bits run_ops null any
bits run_ops arg any
bits run_ops copy any
bits run_ops taken any
bits full_ops x nonnull
bits full_ops y nonnull
bits part_ops x nonnull
bits part_ops y any
bits zero_ops x any
bits later_ops x nonnull
bits range_ops x nonnull
bits gap_ops x any
bits anon_ops x nonnull
bits arr_ops v any
bits outer id 0x1
 * check-output-end
 */
#define NULL ((void *)0)
struct hdev;
typedef void (*op_t)(struct hdev *h);
void msleep(unsigned int ms);
void take(op_t *p);

static void a(struct hdev *h) { }

/* Every member an address: nonnull */
struct full_ops { op_t x, y; };
static const struct full_ops full = { .x = a, .y = &a };

/* A member left out is NULL */
struct part_ops { op_t x, y; };
static const struct part_ops part = { .x = a };

/* A static object with no initializer: zeroed */
struct zero_ops { op_t x; };
static struct zero_ops zero;

/* Declared, then initialized: one object; an extern one is elsewhere */
struct later_ops { op_t x; };
static struct later_ops later;
static struct later_ops later = { .x = a };
extern struct zero_ops elsewhere;

/* A range puts its addresses in each element; an element past it is NULL */
struct range_ops { op_t x; };
struct range_ops ranged[4] = { [0 ... 3] = { .x = a } };
struct gap_ops { op_t x; };
struct gap_ops gapped[4] = { [0 ... 2] = { .x = a } };

/* An unnamed struct's member is its container's; a union's is not followed */
struct anon_ops {
	struct { op_t x; };
	union { op_t y; long cookie; };
};
static const struct anon_ops anon = { .x = a, .y = a };

/* An array of methods; a nested initializer { 0 } */
struct arr_ops { op_t v[2]; };
static const struct arr_ops arr = { .v = { a } };
struct inner_ops { op_t x; };
struct outer { int id; struct inner_ops in; };
struct outer out = { .id = 1, .in = { 0 } };

/*
 * Stores at run time, whatever they store (an address, NULL, an argument,
 * a copy, the field's address handed on): the object may have been
 * allocated without them, so each may leave the member NULL.
 */
struct run_ops { op_t addr, null, arg, copy, taken; };

void fill(struct run_ops *o, op_t f, const struct full_ops *src)
{
	struct inner_ops local = { a };
	struct inner_ops unset;

	o->addr = a;
	o->null = NULL;
	o->arg = f;
	o->copy = src->x;
	take(&o->taken);
	take(&local.x);
	take(&unset.x);
}

/* A NULL test of a method, deciding a sleep */
void call_x(const struct full_ops *o, struct hdev *h)
{
	if (o->x)
		o->x(h);
	else
		msleep(1);
}
