/* A bus framework whose low-level drivers may leave a method out */
struct hdev;

struct ll_driver {
	int (*start)(struct hdev *h);
	void (*request)(struct hdev *h, int type);
	void (*raw)(struct hdev *h);
	void (*power)(struct hdev *h, int on);
	union {
		void (*idle)(struct hdev *h);
		unsigned long idle_cookie;
	};
};

/* An older table of methods that drivers copy theirs from */
struct ll_legacy {
	void (*request)(struct hdev *h, int type);
};

struct hdev {
	const struct ll_driver *ll;
	int type;
};

void hw_request(struct hdev *h, int type);
void ll_alloc_report(struct hdev *h, int size);
void hw_raw(struct hdev *h);
void hw_power(struct hdev *h, int on);
void hw_idle(struct hdev *h);
void ll_setup(struct ll_driver *d, void (*power)(struct hdev *h, int on));
