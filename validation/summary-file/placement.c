/*
 * check-name: where summary files go: beside kbuild's object, under KLINT_SUMMARY_DIR, or nowhere
 * check-command: t=$(mktemp -d) && mkdir $t/obj $t/ro && cp $file $t/ro/p.c && chmod a-w $t/ro && klint-sparse -Wp,-MMD,$t/obj/.p.o.d $t/ro/p.c && ls -A $t/obj && KLINT_SUMMARY_DIR=$t/sum klint-sparse -Wp,-MMD,drivers/x/.p.o.d $t/ro/p.c && (cd $t && find sum -type f) && klint-sparse --no-summary -Wp,-MMD,$t/obj/.q.o.d $t/ro/p.c && ls -A $t/obj && klint-sparse $t/ro/p.c && ls -A $t/ro; chmod u+w $t/ro; rm -rf $t
 *
 * check-output-start
p.o.klint
sum/drivers/x/p.o.klint
p.o.klint
p.c
 * check-output-end
 */
void f(void)
{
}
