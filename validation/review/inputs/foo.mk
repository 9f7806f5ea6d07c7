obj-y += core.o hw.o
obj-$(CONFIG_FOO_OPTIONAL) += optional.o
