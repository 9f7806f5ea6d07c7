/* The operations a driver gives the core: one type, from one header. */
struct net_ops {
	void (*xmit)(int len);
	void (*stats)(void);
};
