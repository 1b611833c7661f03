namespace Assistant.Benchmarks.Scale;

/// <summary>The resident set of this process now and at its peak (VmRSS, VmHWM of /proc/self/status), in MB.</summary>
public sealed record Memory(double RssMb, double PeakRssMb)
{
    public static Memory Read()
    {
        var lines = File.ReadAllLines("/proc/self/status");
        double Kb(string key) => double.Parse(lines.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        return new Memory(Kb("VmRSS:") / 1024, Kb("VmHWM:") / 1024);
    }
}
