export { afterNextPaint, type FrameSource } from '../frame';
