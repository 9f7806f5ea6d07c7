#include "port.h"

/* A driver whose ports do have runtime PM */
void rpm_port_init(struct port *p)
{
	p->caps |= CAP_RPM;
}
