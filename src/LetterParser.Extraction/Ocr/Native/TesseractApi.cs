using System.Runtime.InteropServices;

namespace LetterParser.Extraction.Ocr.Native;

/// <summary>The Tesseract C API (capi.h) calls used by <see cref="OcrEngine"/>. BOOL is a C int.</summary>
internal static unsafe partial class TesseractApi
{
    public const int LevelTextLine = 2;

    static TesseractApi() => NativeLibraries.EnsureResolver();
    public const int LevelWord = 3;

    public const int PageSegAuto = 3;

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial TessApiHandle TessBaseAPICreate();

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessBaseAPIDelete(IntPtr api);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessBaseAPIEnd(IntPtr api);

    [LibraryImport(NativeLibraries.TesseractLibrary, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPIInit3(TessApiHandle api, string dataPath, string language);

    [LibraryImport(NativeLibraries.TesseractLibrary, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPISetVariable(TessApiHandle api, string name, string value);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessBaseAPISetPageSegMode(TessApiHandle api, int mode);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessBaseAPISetImage2(TessApiHandle api, PixHandle pix);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessBaseAPISetSourceResolution(TessApiHandle api, int ppi);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial int TessBaseAPIRecognize(TessApiHandle api, IntPtr monitor);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessBaseAPIClear(TessApiHandle api);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial int TessBaseAPIDetectOrientationScript(TessApiHandle api, out int orientationDegrees, out float orientationConfidence, out IntPtr scriptName, out float scriptConfidence);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial PixHandle TessBaseAPIGetThresholdedImage(TessApiHandle api);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial ResultIteratorHandle TessBaseAPIGetIterator(TessApiHandle api);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessResultIteratorDelete(IntPtr iterator);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial int TessResultIteratorNext(ResultIteratorHandle iterator, int level);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial IntPtr TessResultIteratorGetPageIterator(ResultIteratorHandle iterator);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial IntPtr TessResultIteratorGetUTF8Text(ResultIteratorHandle iterator, int level);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial float TessResultIteratorConfidence(ResultIteratorHandle iterator, int level);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial int TessPageIteratorBoundingBox(IntPtr pageIterator, int level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial int TessPageIteratorIsAtBeginningOf(IntPtr pageIterator, int level);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessDeleteText(IntPtr text);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial IntPtr TessMonitorCreate();

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessMonitorDelete(IntPtr monitor);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessMonitorSetCancelFunc(IntPtr monitor, delegate* unmanaged<IntPtr, int, byte> cancelFunction);

    [LibraryImport(NativeLibraries.TesseractLibrary)]
    internal static partial void TessMonitorSetCancelThis(IntPtr monitor, IntPtr cancelThis);

    /// <summary>Copies a string Tesseract allocated and hands it back with TessDeleteText.</summary>
    internal static string? TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text);
        }
        finally
        {
            TessDeleteText(text);
        }
    }
}

/// <summary>Owns one TessBaseAPI: End then Delete on release.</summary>
internal sealed class TessApiHandle : SafeHandle
{
    public TessApiHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractApi.TessBaseAPIEnd(handle);
        TesseractApi.TessBaseAPIDelete(handle);
        return true;
    }
}

/// <summary>Owns one result iterator.</summary>
internal sealed class ResultIteratorHandle : SafeHandle
{
    public ResultIteratorHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractApi.TessResultIteratorDelete(handle);
        return true;
    }
}
