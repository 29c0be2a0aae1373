// The edges of a huge graph drawn as one WebGL layer below sigma's, straight from typed arrays: sigma makes a display
// object, a reducer call and program entries per edge on every refresh (about 4 µs an edge: 0.4 s at 100k edges,
// before the first frame and again on every focus or filter change), while these 1-pixel lines need only their
// ends' positions and a colour. Sigma keeps the nodes and the few edges drawn with arrows (the focus, a path).
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import { createNormalizationFunction, floatColor } from "sigma/utils";
import { cameraMoving } from "./motion.ts";

/** A node's position in the graph's own coordinates (its x and y attributes). */
export interface Point {
  x: number;
  y: number;
}
/** Adds one line between two nodes' positions in a CSS colour, below (layer 0) or above (layer 1) the others. */
export type WriteLine = (layer: 0 | 1, source: Point, target: Point, colour: string) => void;

export interface EdgeBackdrop {
  /** Collect the lines again before the next frame (the edges drawn, or their colours, changed). */
  invalidate(): void;
}

export const BACKDROP_LAYER = "backdrop";

// The same shaders as sigma's line program (EdgeLineProgram), so the picture is the one sigma would draw.
const VERTEX_SHADER = `
attribute vec2 a_position;
attribute vec4 a_color;
uniform mat3 u_matrix;
varying vec4 v_color;
const float bias = 255.0 / 254.0;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
  v_color = a_color;
  v_color.a *= bias;
}`;
const FRAGMENT_SHADER = `
precision mediump float;
varying vec4 v_color;
void main(void) {
  gl_FragColor = v_color;
}`;

/** Per vertex: x, y (sigma's normalised graph coordinates) and the colour packed as sigma packs it, in one float. */
const FLOATS_PER_VERTEX = 3;

function compile(gl: WebGLRenderingContext): { program: WebGLProgram; position: number; colour: number; matrix: WebGLUniformLocation } {
  const shader = (type: number, source: string) => {
    const made = gl.createShader(type)!;
    gl.shaderSource(made, source);
    gl.compileShader(made);
    if (!gl.getShaderParameter(made, gl.COMPILE_STATUS)) throw new Error(`edge backdrop: shader failed: ${gl.getShaderInfoLog(made)}`);
    return made;
  };
  const program = gl.createProgram()!;
  gl.attachShader(program, shader(gl.VERTEX_SHADER, VERTEX_SHADER));
  gl.attachShader(program, shader(gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`edge backdrop: program failed: ${gl.getProgramInfoLog(program)}`);
  return { program, position: gl.getAttribLocation(program, "a_position"), colour: gl.getAttribLocation(program, "a_color"), matrix: gl.getUniformLocation(program, "u_matrix")! };
}

/**
 * A layer below sigma's edges, drawn after each of sigma's frames (left empty while the camera moves when
 * `hideWhileMoving()`). `collect` writes the lines; it runs before the first frame after sigma processed the graph
 * (node positions may have moved) or after invalidate(). Killed with sigma.
 */
export function createEdgeBackdrop<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  collect: (write: WriteLine) => void,
  hideWhileMoving: () => boolean,
): EdgeBackdrop {
  const canvas = sigma.createCanvas(BACKDROP_LAYER, { beforeLayer: "edges" });
  const gl = sigma.createWebGLContext(BACKDROP_LAYER, { canvas });
  // Sized as sigma sized its layers (it does so itself from now on); sigma.resize(true) would wipe the frame it drew.
  const { width, height, pixelRatio } = sigma.getRenderParams();
  Object.assign(canvas.style, { width: `${width}px`, height: `${height}px` });
  canvas.width = width * pixelRatio;
  canvas.height = height * pixelRatio;
  gl.viewport(0, 0, canvas.width, canvas.height);
  const { program, position, colour, matrix } = compile(gl);
  const buffer = gl.createBuffer();
  const colours = new Map<string, number>();
  const layers = [new Float32Array(0), new Float32Array(0)];
  const counts = [0, 0];
  let lineCount = 0;
  let stale = true;

  const rebuild = () => {
    // Sigma's normalisation of positions (graph coordinates to its framed [0, 1] space), an affine map it recomputes
    // on every process from the graph's extent: applied here per line, not looked up per node.
    const normalise = createNormalizationFunction(sigma.getCustomBBox() ?? sigma.getBBox());
    const origin = normalise({ x: 0, y: 0 });
    const unit = normalise({ x: 1, y: 1 });
    const [sx, tx, sy, ty] = [unit.x - origin.x, origin.x, unit.y - origin.y, origin.y];
    counts[0] = counts[1] = 0;
    collect((layer, from, to, css) => {
      const n = counts[layer]!;
      let vertices = layers[layer]!;
      if (vertices.length < (n + 1) * 2 * FLOATS_PER_VERTEX) {
        const grown = new Float32Array(Math.max(1024, vertices.length * 2));
        grown.set(vertices);
        layers[layer] = vertices = grown;
      }
      let packed = colours.get(css);
      if (packed === undefined) colours.set(css, (packed = floatColor(css)));
      const at = n * 2 * FLOATS_PER_VERTEX;
      vertices[at] = sx * from.x + tx;
      vertices[at + 1] = sy * from.y + ty;
      vertices[at + 2] = packed;
      vertices[at + 3] = sx * to.x + tx;
      vertices[at + 4] = sy * to.y + ty;
      vertices[at + 5] = packed;
      counts[layer] = n + 1;
    });
    lineCount = counts[0]! + counts[1]!;
    const below = layers[0]!.subarray(0, counts[0]! * 2 * FLOATS_PER_VERTEX);
    const above = layers[1]!.subarray(0, counts[1]! * 2 * FLOATS_PER_VERTEX);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    gl.bufferData(gl.ARRAY_BUFFER, below.byteLength + above.byteLength, gl.STATIC_DRAW);
    gl.bufferSubData(gl.ARRAY_BUFFER, 0, below);
    gl.bufferSubData(gl.ARRAY_BUFFER, below.byteLength, above);
    stale = false;
  };

  let empty = false;
  const draw = () => {
    const moving = hideWhileMoving() && cameraMoving(sigma);
    // A frame in motion clears the layer once; the next ones leave it (clearing costs a pass over its pixels).
    if (moving && empty) return;
    gl.clear(gl.COLOR_BUFFER_BIT);
    empty = moving;
    if (moving) return;
    if (stale) rebuild();
    if (lineCount === 0) return;
    gl.useProgram(program);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    const stride = FLOATS_PER_VERTEX * Float32Array.BYTES_PER_ELEMENT;
    gl.enableVertexAttribArray(position);
    gl.vertexAttribPointer(position, 2, gl.FLOAT, false, stride, 0);
    gl.enableVertexAttribArray(colour);
    gl.vertexAttribPointer(colour, 4, gl.UNSIGNED_BYTE, true, stride, 2 * Float32Array.BYTES_PER_ELEMENT);
    gl.uniformMatrix3fv(matrix, false, sigma.getRenderParams().matrix);
    gl.enable(gl.BLEND);
    gl.drawArrays(gl.LINES, 0, lineCount * 2);
  };

  const processed = () => (stale = true);
  sigma.on("afterProcess", processed);
  // Registered at creation, before any later afterRender listener (the PNG export copies the canvases in one).
  sigma.on("afterRender", draw);
  sigma.once("kill", () => {
    sigma.off("afterProcess", processed);
    sigma.off("afterRender", draw);
  });
  // Sigma drew its first frame when it was made, before this layer existed: the lines join that frame.
  draw();
  return {
    invalidate: () => {
      stale = true;
    },
  };
}
