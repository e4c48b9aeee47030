"""av_mlp: the 2017 article's numpy code as it is printed, inside train(): its comments, its
spacing (hidden_layer_input1=np.dot(X,wh)), its "Variable initialization" block with epoch
and the layer sizes read off the given arrays, its "weight and bias initialization" taking
float copies of the given parameters (so that the article's in-place += moves the port's own
arrays), its for loop and its order of statements. The losses are appended to a list at
the end of each epoch, from the E of its forward pass, and returned as an array."""

import numpy as np


#Sigmoid Function
def sigmoid (x):
    return 1/(1 + np.exp(-x))


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return np.multiply(x, 1 - x, out=x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X=np.array(X, dtype=float)
    y=np.array(y, dtype=float)
    #Variable initialization
    epoch=int(epochs) #Setting training iterations
    inputlayer_neurons = X.shape[1] #number of features in data set
    hiddenlayer_neurons = wh.shape[1] #number of hidden layers neurons
    output_neurons = wout.shape[1] #number of neurons at output layer
    #weight and bias initialization
    wh=np.array(wh, dtype=float)
    bh=np.array(bh, dtype=float)
    wout=np.array(wout, dtype=float)
    bout=np.array(bout, dtype=float)
    loss=[]
    for i in range(epoch):
        #Forward Propogation
        hidden_layer_input1=np.dot(X,wh)
        hidden_layer_input=hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1=np.dot(hiddenlayer_activations,wout)
        output_layer_input= output_layer_input1+ bout
        output = sigmoid(output_layer_input)
        #Backpropagation
        E = y-output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += hiddenlayer_activations.T.dot(d_output) *lr
        bout += np.sum(d_output, axis=0,keepdims=True) *lr
        wh += X.T.dot(d_hiddenlayer) *lr
        bh += np.sum(d_hiddenlayer, axis=0,keepdims=True) *lr
        loss.append(np.mean(E**2)/2)
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": np.array(loss)}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.dot(X,wh) + bh)
    return sigmoid(np.dot(hiddenlayer_activations,wout) + bout)
