/* A driver framework whose runtime PM is only for ports with a capability */
#define CAP_FIFO	0x1
#define CAP_EFR		0x2
#define CAP_SLEEP	0x4
#define CAP_RPM		0x8000

struct port_config {
	unsigned int flags;
};

struct port {
	int type;
	unsigned int caps;
	unsigned int quirks;
	unsigned long state;
	union {
		unsigned int mode;
		struct {
			unsigned short mode_lo, mode_hi;
		};
	};
};

void port_rpm_get(struct port *p);
void port_quirk_wait(struct port *p);
void port_state_wait(struct port *p);
void port_mode_wait(struct port *p);
void port_setup(struct port *p, unsigned int quirks);
