/*
 * JNI shim between org.dunefront.io.geotiff.NativeDeflate and libdeflate (Eric Biggers,
 * https://github.com/ebiggers/libdeflate; Debian package libdeflate-dev): zlib-wrapped Deflate
 * (RFC 1950/1951), as TIFF's Deflate compression stores tiles, decoded and encoded in one call per
 * tile. Built by pipeline/src/main/c/build-native.sh (run by Maven in the compile phase).
 *
 * Each thread keeps its own libdeflate decompressor and compressor (freed when the thread ends), so
 * calls from several threads never share state. Arrays are pinned with GetPrimitiveArrayCritical
 * for the duration of one tile (about a millisecond).
 */
#include <jni.h>
#include <libdeflate.h>
#include <pthread.h>
#include <stdlib.h>

struct codec_state {
    struct libdeflate_decompressor *decompressor;
    struct libdeflate_compressor *compressor;
    int level;
};

static pthread_key_t state_key;
static pthread_once_t state_once = PTHREAD_ONCE_INIT;

static void free_state(void *p) {
    struct codec_state *s = p;
    if (s->decompressor) libdeflate_free_decompressor(s->decompressor);
    if (s->compressor) libdeflate_free_compressor(s->compressor);
    free(s);
}

static void make_key(void) { pthread_key_create(&state_key, free_state); }

static struct codec_state *thread_state(void) {
    pthread_once(&state_once, make_key);
    struct codec_state *s = pthread_getspecific(state_key);
    if (s == NULL) {
        s = calloc(1, sizeof *s);
        if (s == NULL) return NULL;
        pthread_setspecific(state_key, s);
    }
    return s;
}

/* Result codes shared with NativeDeflate.java. */
#define DF_BAD_DATA (-1)
#define DF_INSUFFICIENT_SPACE (-3)
#define DF_NO_MEMORY (-4)

JNIEXPORT jstring JNICALL
Java_org_dunefront_io_geotiff_NativeDeflate_version(JNIEnv *env, jclass cls) {
    (void) cls;
    return (*env)->NewStringUTF(env, LIBDEFLATE_VERSION_STRING);
}

/* Decodes in[0, inLen) into out[0, outLen); returns the decoded byte count (less than outLen when the
 * stream holds less) or a negative DF_ code. */
JNIEXPORT jint JNICALL
Java_org_dunefront_io_geotiff_NativeDeflate_zlibDecompress(JNIEnv *env, jclass cls, jbyteArray in, jint inLen,
                                                           jbyteArray out, jint outLen) {
    (void) cls;
    struct codec_state *s = thread_state();
    if (s == NULL) return DF_NO_MEMORY;
    if (s->decompressor == NULL) {
        s->decompressor = libdeflate_alloc_decompressor();
        if (s->decompressor == NULL) return DF_NO_MEMORY;
    }
    size_t produced = 0;
    jbyte *src = (*env)->GetPrimitiveArrayCritical(env, in, NULL);
    if (src == NULL) return DF_NO_MEMORY;
    jbyte *dst = (*env)->GetPrimitiveArrayCritical(env, out, NULL);
    if (dst == NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, in, src, JNI_ABORT);
        return DF_NO_MEMORY;
    }
    enum libdeflate_result r = libdeflate_zlib_decompress(s->decompressor, src, (size_t) inLen, dst,
                                                          (size_t) outLen, &produced);
    (*env)->ReleasePrimitiveArrayCritical(env, out, dst, 0);
    (*env)->ReleasePrimitiveArrayCritical(env, in, src, JNI_ABORT);
    switch (r) {
        case LIBDEFLATE_SUCCESS: return (jint) produced;
        case LIBDEFLATE_INSUFFICIENT_SPACE: return DF_INSUFFICIENT_SPACE;
        default: return DF_BAD_DATA;
    }
}

/* Upper bound of the zlib stream size of inLen bytes (for sizing the output array). */
JNIEXPORT jint JNICALL
Java_org_dunefront_io_geotiff_NativeDeflate_zlibCompressBound(JNIEnv *env, jclass cls, jint inLen) {
    (void) env; (void) cls;
    size_t bound = libdeflate_zlib_compress_bound(NULL, (size_t) inLen);
    return bound > 0x7ffffff0 ? -1 : (jint) bound;
}

/* Encodes in[0, inLen) at `level` into out[0, outLen); returns the stream length, or 0 when it does not fit. */
JNIEXPORT jint JNICALL
Java_org_dunefront_io_geotiff_NativeDeflate_zlibCompress(JNIEnv *env, jclass cls, jint level, jbyteArray in,
                                                         jint inLen, jbyteArray out, jint outLen) {
    (void) cls;
    struct codec_state *s = thread_state();
    if (s == NULL) return DF_NO_MEMORY;
    if (s->compressor == NULL || s->level != level) {
        if (s->compressor) libdeflate_free_compressor(s->compressor);
        s->compressor = libdeflate_alloc_compressor(level);
        s->level = level;
        if (s->compressor == NULL) return DF_NO_MEMORY;
    }
    jbyte *src = (*env)->GetPrimitiveArrayCritical(env, in, NULL);
    if (src == NULL) return DF_NO_MEMORY;
    jbyte *dst = (*env)->GetPrimitiveArrayCritical(env, out, NULL);
    if (dst == NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, in, src, JNI_ABORT);
        return DF_NO_MEMORY;
    }
    size_t n = libdeflate_zlib_compress(s->compressor, src, (size_t) inLen, dst, (size_t) outLen);
    (*env)->ReleasePrimitiveArrayCritical(env, out, dst, 0);
    (*env)->ReleasePrimitiveArrayCritical(env, in, src, JNI_ABORT);
    return (jint) n;
}
