namespace PovertyEtl.Reading.Problems;

/// <summary>Whoever reads a workbook hears of each problem as it is found, in the order found (the file is read once, streaming).</summary>
public interface IReadProblemSink
{
    void Report(ReadProblem problem);
}
