export { slaPolicyHandlers } from './policies';
