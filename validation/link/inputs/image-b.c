void msleep(unsigned int ms);

/* In a file the linked image leaves out: its summary is stale. */
void dropped(void)
{
	msleep(1);
}
