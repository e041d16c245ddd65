namespace PovertyEtl.Warehouse; internal static class Probe { }
